// The tty module: isatty(). Node's tty.ReadStream and tty.WriteStream are
// net.Socket subclasses; duv has no net module yet, so they do not exist.
'use strict';

var binding = internalBinding('process');

// isatty(fd): false for anything that is not a non-negative int32, as Node.
exports.isatty = function isatty(fd) {
  return typeof fd === 'number' && fd === (fd | 0) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
};
