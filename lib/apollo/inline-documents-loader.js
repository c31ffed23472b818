/**
 * Bundler loader (Turbopack runs webpack loaders) for modules with ``graphql(`…`)`` documents:
 * see inline-documents.js. The generated files are dependencies, so regenerating rebuilds them.
 */
const path = require('node:path');
const { generatedDocuments, inlineDocuments } = require('./inline-documents');

module.exports = function inlineDocumentsLoader(source) {
  const { documents, files } = generatedDocuments(path.join(this.rootContext ?? process.cwd(), 'graphql', 'generated'));
  for (const file of files) this.addDependency(file);
  return inlineDocuments(source, documents);
};
