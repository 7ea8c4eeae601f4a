export * from './clean-document.js';
export * from './document.js';
export * from './extract-date.js';
export * from './front-matter.js';
export * from './load-corpus.js';
export * from './split-passages.js';
export * from './split-sentences.js';
