/**
 * CDK support: read a cloud assembly (`cdk.out`), tell CDK's own template elements from the user's, and
 * map construct paths back to the app's source lines. Pure: no editor or LSP dependencies.
 */
export {
  constructPathFor,
  isCloudAssemblyDirectory,
  loadCloudAssembly,
  nestedStackPathFromResourcePath,
  resourceForConstructPath,
  stackForConstructPath,
  stackForTemplate,
  templateConstructPaths,
} from './cloud-assembly';
export type {
  CdkAppInfo,
  CdkResource,
  CdkStack,
  CloudAssembly,
  ConstructNode,
  LoadCloudAssemblyOptions,
  ValidationViolation,
} from './cloud-assembly';
export { classifyAssemblyElement, classifyCdkElement, inheritedMetadataTypes, isCdkPlumbing } from './plumbing';
export type { CdkElement, CdkOrigin, CdkOriginReason, TemplateSection } from './plumbing';
export { isLibraryFrame, parseStackFrame, userFrames } from './stack-trace';
export type { StackFrame } from './stack-trace';
export { callExtentAt, languageOf, scanSource } from './source-scanner';
export type { ScannedCall, ScannedClass, ScannedSource, SourceLanguage } from './source-scanner';
export {
  entryFilesFromCommand,
  loadAppSources,
  locateConstructInSources,
  locateConstructSource,
  positionAt,
  resolveTraceFile,
} from './source-locator';
export type {
  AppSourceFile,
  AppSources,
  ConstructSourceLocation,
  LoadAppSourcesOptions,
  LocateOptions,
  SourcePosition,
  SourceRange,
} from './source-locator';
export {
  CdkAssemblyCache,
  analyzeProject,
  cdkMessage,
  cdkOutDirectoryOf,
  locateFindings,
  locateInProject,
  projectStackFor,
} from './findings';
export type { AnalyzeTemplate, CdkProject, CdkSourceFinding, CdkTemplateResult, RemediationLookup } from './findings';
