/** Article → dated candidate events (issue 13). Pure core: callers pass text and metadata in. */
export { extractEvents, type Candidate, type Extraction, type ExtractOptions, type LeftOut } from './extract';
export { findPublicationDate, type PublicationDate, type PublishedMetadata } from './publication-date';
export { articleTimeline } from './article-timeline';
