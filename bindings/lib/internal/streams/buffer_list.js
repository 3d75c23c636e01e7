// A Readable's buffer (`_readableState.buffer`): a singly linked list of
// chunks with `length` counting entries, as Node's BufferList. Reads take
// whole chunks from the head, or copy n bytes (or n characters) out of the
// first chunks.
'use strict';

var Buffer = require('buffer').Buffer;

function BufferList() {
  this.head = null;
  this.tail = null;
  this.length = 0;
}

BufferList.prototype.push = function push(v) {
  var entry = { data: v, next: null };
  if (this.length > 0) this.tail.next = entry;
  else this.head = entry;
  this.tail = entry;
  ++this.length;
};

BufferList.prototype.unshift = function unshift(v) {
  var entry = { data: v, next: this.head };
  if (this.length === 0) this.tail = entry;
  this.head = entry;
  ++this.length;
};

BufferList.prototype.shift = function shift() {
  if (this.length === 0) return undefined;
  var ret = this.head.data;
  if (this.length === 1) this.head = this.tail = null;
  else this.head = this.head.next;
  --this.length;
  return ret;
};

BufferList.prototype.clear = function clear() {
  this.head = this.tail = null;
  this.length = 0;
};

BufferList.prototype.first = function first() {
  return this.head.data;
};

BufferList.prototype.join = function join(s) {
  var parts = [];
  for (var p = this.head; p; p = p.next) parts.push(String(p.data));
  return parts.join(s);
};

// All chunks as one Buffer of n bytes.
BufferList.prototype.concat = function concat(n) {
  if (this.length === 0) return Buffer.alloc(0);
  var ret = Buffer.allocUnsafe(n >>> 0);
  var i = 0;
  for (var p = this.head; p; p = p.next) {
    ret.set(p.data, i);
    i += p.data.length;
  }
  return ret;
};

// Takes n bytes (or characters, when the chunks are strings) off the front.
BufferList.prototype.consume = function consume(n, hasStrings) {
  var data = this.head.data;
  if (n < data.length) {
    this.head.data = data.slice(n);
    return data.slice(0, n);
  }
  if (n === data.length) return this.shift();
  return hasStrings ? this._takeString(n) : this._takeBuffer(n);
};

BufferList.prototype._takeString = function takeString(n) {
  var parts = [];
  var p = this.head;
  var dropped = 0;
  while (p && n > 0) {
    var str = p.data;
    if (n >= str.length) {
      parts.push(str);
      n -= str.length;
      dropped++;
      p = p.next;
    } else {
      parts.push(str.slice(0, n));
      p.data = str.slice(n);
      n = 0;
    }
  }
  this._drop(dropped, p);
  return parts.join('');
};

BufferList.prototype._takeBuffer = function takeBuffer(n) {
  var ret = Buffer.allocUnsafe(n);
  var total = n;
  var p = this.head;
  var dropped = 0;
  while (p && n > 0) {
    var buf = p.data;
    var off = total - n;
    if (n >= buf.length) {
      ret.set(buf, off);
      n -= buf.length;
      dropped++;
      p = p.next;
    } else {
      ret.set(buf.subarray(0, n), off);
      p.data = buf.slice(n);
      n = 0;
    }
  }
  this._drop(dropped, p);
  return ret;
};

BufferList.prototype._drop = function drop(count, newHead) {
  this.length -= count;
  this.head = newHead;
  if (!newHead) this.tail = null;
};

module.exports = BufferList;
