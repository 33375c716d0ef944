/**
 * Share links, scenario files and URL sync: the public surface of src/share.
 * Everything here is pure or takes its browser objects as parameters.
 */
export { decodeLink, encodeLink, LINK_VERSION, MAX_DOCUMENT_BYTES, MAX_LINK_CHARS, type DecodedLink, type EncodedLink } from './linkCodec';
export { migrate, upgradeDocument, MIGRATIONS, FROZEN_DEFAULTS, type Migration } from './migrations';
export { fileTooLargeMessage, scenarioFromJsonText, scenarioToJson, MAX_FILE_BYTES, MAX_FILE_CHARS, type ScenarioFromFile } from './scenarioFile';
export { createUrlSync, linkFromHash, readScenarioFromLocation, HASH_KEY, type UrlSync, type UrlSyncDeps } from './urlSync';
