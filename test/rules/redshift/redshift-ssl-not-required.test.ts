import rule from '../../../rules/redshift/redshift-ssl-not-required';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'cluster with an in-template group that requires SSL',
      yaml: `
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: ssl
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: enable_user_activity_logging
                  ParameterValue: 'true'
                - ParameterName: require_ssl
                  ParameterValue: 'true'
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              ClusterParameterGroupName: !Ref Params
      `,
    },
    {
      name: 'group named by a parameter without default is unknown (a naive rule reports the cluster)',
      yaml: `
        Parameters:
          ParamGroup:
            Type: String
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              ClusterParameterGroupName: !Ref ParamGroup
      `,
    },
    {
      name: 'external named group',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              ClusterParameterGroupName: shared-ssl-params
      `,
    },
  ],
  invalid: [
    {
      name: 'require_ssl false',
      yaml: `
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: ssl
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: 'false'
      `,
      errors: [{ messageId: 'groupOff', path: ['Resources', 'Params', 'Properties', 'Parameters', 0, 'ParameterValue'], line: 9, column: 27 }],
      output: `
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: ssl
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: "true"
      `,
    },
    {
      name: 'group without require_ssl',
      yaml: `
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: logging
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: enable_user_activity_logging
                  ParameterValue: 'true'
      `,
      errors: [{ messageId: 'groupMissing', path: ['Resources', 'Params', 'Properties', 'Parameters'], line: 8, column: 9 }],
      output: `
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: logging
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: enable_user_activity_logging
                  ParameterValue: 'true'
                - ParameterName: require_ssl
                  ParameterValue: "true"
      `,
    },
    {
      name: 'cluster on the default group',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
      `,
      errors: [{ messageId: 'defaultGroup', path: ['Resources', 'Warehouse'], line: 2, column: 3 }],
      output: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              ClusterParameterGroupName: {Ref: WarehouseParameterGroup}
          WarehouseParameterGroup:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: Require SSL for client connections
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: "true"
      `,
    },
    {
      name: 'default group by name through a parameter default',
      yaml: `
        Parameters:
          ParamGroup:
            Type: String
            Default: default.redshift-1.0
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              ClusterParameterGroupName: !Ref ParamGroup
      `,
      errors: [{ messageId: 'defaultGroup', path: ['Resources', 'Warehouse', 'Properties', 'ClusterParameterGroupName'], line: 11, column: 34 }],
    },
  ],
});
