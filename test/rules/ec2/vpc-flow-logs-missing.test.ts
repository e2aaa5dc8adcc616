import rule from '../../../rules/ec2/vpc-flow-logs-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'VPC with a flow log',
      yaml: `
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !Ref Vpc
              ResourceType: VPC
              TrafficType: ALL
              LogDestinationType: s3
              LogDestination: arn:aws:s3:::flow-logs
      `,
    },
    {
      name: 'flow log picks the VPC in both Fn::If branches (a naive rule sees no Ref)',
      yaml: `
        Conditions:
          ToS3: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !If [ToS3, !Ref Vpc, !GetAtt Vpc.VpcId]
              ResourceType: VPC
              TrafficType: REJECT
              LogDestination: arn:aws:s3:::flow-logs
              LogDestinationType: s3
      `,
    },
  ],
  invalid: [
    {
      name: 'VPC without a flow log',
      yaml: `
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Vpc'], line: 2, column: 3 }],
    },
    {
      name: 'flow log attached to the other VPC',
      yaml: `
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          SecondVpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.1.0.0/16
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !Ref Vpc
              ResourceType: VPC
              TrafficType: ALL
              LogDestination: arn:aws:s3:::flow-logs
              LogDestinationType: s3
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'SecondVpc'], line: 6, column: 3 }],
    },
    {
      name: 'a flow log that only mentions the VPC in a tag does not count',
      yaml: `
        Parameters:
          SubnetId:
            Type: AWS::EC2::Subnet::Id
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !Ref SubnetId
              ResourceType: Subnet
              TrafficType: ALL
              LogDestination: arn:aws:s3:::flow-logs
              LogDestinationType: s3
              Tags:
                - Key: vpc
                  Value: !Ref Vpc
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Vpc'], line: 5, column: 3 }],
    },
  ],
});
