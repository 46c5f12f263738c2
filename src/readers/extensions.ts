/** The extensions of data files (a document, a list, a phụ lục): what a build looks for in a folder. */
export const DOCUMENT_EXTENSIONS = ['.md', '.json', '.yaml', '.yml'];
