// require('path/win32'): the same object as path.win32.
'use strict';
module.exports = require('path').win32;
