import rule from '../../../rules/transfer/transfer-server-ftp-enabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'SFTP default',
      yaml: `
        Resources:
          Server:
            Type: AWS::Transfer::Server
            Properties:
              EndpointType: PUBLIC
      `,
    },
    {
      name: 'FTPS is encrypted (a naive substring match on FTP flags it)',
      yaml: `
        Resources:
          Server:
            Type: AWS::Transfer::Server
            Properties:
              EndpointType: VPC
              Protocols: [FTPS, !Ref ExtraProtocol]
              Certificate: !Ref Certificate
        Parameters:
          ExtraProtocol:
            Type: String
      `,
    },
  ],
  invalid: [
    {
      name: 'FTP next to SFTP',
      yaml: `
        Resources:
          Server:
            Type: AWS::Transfer::Server
            Properties:
              EndpointType: VPC
              Protocols:
                - SFTP
                - FTP
      `,
      errors: [{ messageId: 'ftp', path: ['Resources', 'Server', 'Properties', 'Protocols', 1], line: 8, column: 11 }],
    },
    {
      name: 'FTP in one branch',
      yaml: `
        Conditions:
          Legacy: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Server:
            Type: AWS::Transfer::Server
            Properties:
              EndpointType: VPC
              Protocols: !If [Legacy, [FTP], [SFTP]]
      `,
      errors: [{ messageId: 'ftp', path: ['Resources', 'Server', 'Properties', 'Protocols', 'Fn::If', 1, 0], line: 8, column: 32, message: 'when condition Legacy is true' }],
    },
  ],
});
