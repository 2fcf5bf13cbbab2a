// Loads the committed supergraph as the API schema clients see (join directives and
// @inaccessible fields removed), for graphql-codegen.
const { readFileSync } = require('node:fs');
const { Supergraph } = require('@apollo/federation-internals');

module.exports = (pointer) => Supergraph.build(readFileSync(pointer, 'utf8')).apiSchema().toGraphQLJSSchema();
