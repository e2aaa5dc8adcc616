/** "Shieldwall: Open Example Template" (getting-started walkthrough): an untitled insecure template to try things on. */
import * as vscode from 'vscode';

/** Two findings with a safe quick fix each: an unencrypted bucket and SSH open to the world. */
export const EXAMPLE_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: Shieldwall example. Hover the squiggles, then press Ctrl+. (Cmd+. on macOS) on them.
Resources:
  ReportsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${AWS::StackName}-reports"
  BastionSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: SSH to the bastion
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;

export async function openExample(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: EXAMPLE_TEMPLATE });
  return vscode.window.showTextDocument(doc);
}
