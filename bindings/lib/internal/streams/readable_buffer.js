// A Readable's buffer, as Node 20.20 keeps it: `_readableState.buffer` is an
// array of chunks whose live part starts at `_readableState.bufferIndex`.
// Taking from the front moves the index (no shifting of the array), and the
// array is emptied when everything was taken or compacted when the dead
// prefix grows long.
'use strict';

var Buffer = require('buffer').Buffer;

// Past this many taken chunks the array is compacted.
var COMPACT_AT = 1024;

function count(state) {
  return state.buffer.length - state.bufferIndex;
}

function first(state) {
  return state.buffer[state.bufferIndex];
}

function clear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function unshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else state.buffer.unshift(chunk);
}

function dropTaken(state) {
  var buffer = state.buffer;
  if (state.bufferIndex === buffer.length) {
    clear(state);
  } else if (state.bufferIndex > COMPACT_AT) {
    buffer.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
}

function shift(state) {
  var buffer = state.buffer;
  var chunk = buffer[state.bufferIndex];
  buffer[state.bufferIndex++] = null;
  dropTaken(state);
  return chunk;
}

// Everything buffered as one string (decoded chunks).
function join(state) {
  var buffer = state.buffer;
  var i = state.bufferIndex;
  if (i === 0) return buffer.join('');
  return buffer.slice(i).join('');
}

// Everything buffered as one Buffer of n bytes.
function concat(state, n) {
  var buffer = state.buffer;
  var ret = Buffer.allocUnsafe(n >>> 0);
  var off = 0;
  for (var i = state.bufferIndex; i < buffer.length; i++) {
    ret.set(buffer[i], off);
    off += buffer[i].length;
  }
  return ret;
}

// Takes n bytes (or characters, when the chunks are strings) off the front;
// n is less than what is buffered.
function consume(state, n, hasStrings) {
  var buffer = state.buffer;
  var data = buffer[state.bufferIndex];
  if (n < data.length) {
    buffer[state.bufferIndex] = data.slice(n);
    return data.slice(0, n);
  }
  if (n === data.length) return shift(state);
  return hasStrings ? takeString(state, n) : takeBuffer(state, n);
}

function takeString(state, n) {
  var buffer = state.buffer;
  var parts = [];
  var i = state.bufferIndex;
  while (n > 0) {
    var str = buffer[i];
    if (n >= str.length) {
      parts.push(str);
      n -= str.length;
      buffer[i++] = null;
    } else {
      parts.push(str.slice(0, n));
      buffer[i] = str.slice(n);
      n = 0;
    }
  }
  state.bufferIndex = i;
  dropTaken(state);
  return parts.join('');
}

function takeBuffer(state, n) {
  var buffer = state.buffer;
  var ret = Buffer.allocUnsafe(n);
  var off = 0;
  var i = state.bufferIndex;
  while (off < n) {
    var buf = buffer[i];
    var want = n - off;
    if (want >= buf.length) {
      ret.set(buf, off);
      off += buf.length;
      buffer[i++] = null;
    } else {
      ret.set(buf.subarray(0, want), off);
      buffer[i] = buf.slice(want);
      off = n;
    }
  }
  state.bufferIndex = i;
  dropTaken(state);
  return ret;
}

exports.count = count;
exports.first = first;
exports.clear = clear;
exports.unshift = unshift;
exports.shift = shift;
exports.join = join;
exports.concat = concat;
exports.consume = consume;
