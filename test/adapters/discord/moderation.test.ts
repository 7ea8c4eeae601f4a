import { defineModerationSuite } from './moderation-suite.js';

defineModerationSuite('sqlite');
