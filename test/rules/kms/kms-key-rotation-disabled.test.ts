import rule from '../../../rules/kms/kms-key-rotation-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'rotation enabled',
      yaml: `
        Resources:
          DataKey:
            Type: AWS::KMS::Key
            Properties:
              EnableKeyRotation: true
      `,
    },
    {
      name: 'asymmetric signing key cannot rotate (a naive rule flags it)',
      yaml: `
        Resources:
          SigningKey:
            Type: AWS::KMS::Key
            Properties:
              KeySpec: ECC_NIST_P256
              KeyUsage: SIGN_VERIFY
      `,
    },
    {
      name: 'HMAC key cannot rotate',
      yaml: `
        Resources:
          MacKey:
            Type: AWS::KMS::Key
            Properties:
              KeySpec: HMAC_256
              KeyUsage: GENERATE_VERIFY_MAC
              EnableKeyRotation: false
      `,
    },
    {
      name: 'imported key material cannot rotate automatically',
      yaml: `
        Resources:
          ByokKey:
            Type: AWS::KMS::Key
            Properties:
              Origin: EXTERNAL
      `,
    },
    {
      name: 'KeySpec from a parameter without default is unknown',
      yaml: `
        Parameters:
          Spec:
            Type: String
        Resources:
          DataKey:
            Type: AWS::KMS::Key
            Properties:
              KeySpec: !Ref Spec
      `,
    },
  ],
  invalid: [
    {
      name: 'symmetric key without rotation',
      yaml: `
        Resources:
          DataKey:
            Type: AWS::KMS::Key
            Properties:
              Description: data key
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'DataKey'], line: 2, column: 3 }],
      output: `
        Resources:
          DataKey:
            Type: AWS::KMS::Key
            Properties:
              Description: data key
              EnableKeyRotation: true
      `,
    },
    {
      name: 'explicit SYMMETRIC_DEFAULT with rotation false as a string',
      yaml: `
        Resources:
          DataKey:
            Type: AWS::KMS::Key
            Properties:
              KeySpec: SYMMETRIC_DEFAULT
              EnableKeyRotation: 'false'
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'DataKey', 'Properties', 'EnableKeyRotation'], line: 6, column: 26 }],
      output: `
        Resources:
          DataKey:
            Type: AWS::KMS::Key
            Properties:
              KeySpec: SYMMETRIC_DEFAULT
              EnableKeyRotation: true
      `,
    },
    {
      name: 'rotation off through a parameter default: reported without a fix',
      yaml: `
        Parameters:
          Rotate:
            Type: String
            Default: 'false'
        Resources:
          DataKey:
            Type: AWS::KMS::Key
            Properties:
              EnableKeyRotation: !Ref Rotate
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'DataKey', 'Properties', 'EnableKeyRotation'], line: 9, column: 26, message: 'from the Default of parameter Rotate' }],
    },
  ],
});
