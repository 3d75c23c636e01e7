// path.posix against node's own answers (fixtures/posix-vectors.json, made
// by fixtures/make-vectors.js under node with the directory /tmp).
'use strict';
var path = require('path');
process.chdir('/tmp');

require('./fixtures/check-vectors')(path.posix, require('./fixtures/posix-vectors.json'));
