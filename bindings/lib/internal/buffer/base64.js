// atob and btoa (WHATWG forgiving-base64 over latin1 strings), as the buffer
// module and the globals give them. Errors are DOMException-shaped
// (name 'InvalidCharacterError', code 5); duv has no DOMException class.
'use strict';

var binding = internalBinding('buffer');
var errors = require('internal/util/errors');
var LATIN1 = 2, BASE64 = 4;

function invalidCharacter(message) {
  var err = new Error(message);
  Object.defineProperty(err, 'name', { value: 'InvalidCharacterError', writable: true, configurable: true });
  Object.defineProperty(err, 'code', { value: 5, writable: true, configurable: true });
  return err;
}

function missingInput() {
  return errors.nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
}

var base64Chars = /^[A-Za-z0-9+\/]*$/;
var whitespace = /[\t\n\f\r ]+/g;

function atob(input) {
  if (arguments.length === 0) throw missingInput();
  var s = String(input).replace(whitespace, '');
  if (s.length % 4 === 0) {
    if (s.charAt(s.length - 1) === '=') s = s.slice(0, s.charAt(s.length - 2) === '=' ? -2 : -1);
  }
  if (!base64Chars.test(s)) throw invalidCharacter('Invalid character');
  if (s.length % 4 === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  var bytes = binding.fromString(s, BASE64);
  return binding.toString(bytes, LATIN1, 0, bytes.length);
}

function btoa(input) {
  if (arguments.length === 0) throw missingInput();
  var s = String(input);
  for (var i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 255) throw invalidCharacter('Invalid character');
  }
  var bytes = binding.fromString(s, LATIN1);
  return binding.toString(bytes, BASE64, 0, bytes.length);
}

exports.atob = atob;
exports.btoa = btoa;
