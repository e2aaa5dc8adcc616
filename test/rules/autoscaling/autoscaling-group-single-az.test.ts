import rule from '../../../rules/autoscaling/autoscaling-group-single-az';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'two subnets',
      yaml: `
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: '2'
              MaxSize: '4'
              VPCZoneIdentifier: [subnet-a, subnet-b]
      `,
    },
    {
      name: 'subnets from a List parameter are not counted (a naive rule sees one item)',
      yaml: `
        Parameters:
          Subnets:
            Type: List<AWS::EC2::Subnet::Id>
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: '2'
              MaxSize: '4'
              VPCZoneIdentifier: !Ref Subnets
      `,
    },
    {
      name: 'zones from Fn::GetAZs',
      yaml: `
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: '1'
              MaxSize: '2'
              AvailabilityZones: !GetAZs ''
      `,
    },
  ],
  invalid: [
    {
      name: 'one subnet',
      yaml: `
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: '2'
              MaxSize: '4'
              VPCZoneIdentifier:
                - !Ref PrivateSubnetA
          PrivateSubnetA:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: vpc-123
              CidrBlock: 10.0.1.0/24
      `,
      errors: [{ messageId: 'single', path: ['Resources', 'Web', 'Properties', 'VPCZoneIdentifier'], line: 8, column: 9, message: 'single subnet' }],
    },
    {
      name: 'one zone outside production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Web:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: '1'
              MaxSize: '2'
              AvailabilityZones: !If [IsProd, [eu-west-1a, eu-west-1b], [eu-west-1a]]
      `,
      errors: [{ messageId: 'single', path: ['Resources', 'Web', 'Properties', 'AvailabilityZones', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
