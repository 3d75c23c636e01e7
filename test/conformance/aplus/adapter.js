// The Promises/A+ adapter for duv's native Promise.
'use strict';

exports.resolved = function (value) {
  return Promise.resolve(value);
};

exports.rejected = function (reason) {
  return Promise.reject(reason);
};

exports.deferred = function () {
  var d = {};
  d.promise = new Promise(function (resolve, reject) {
    d.resolve = resolve;
    d.reject = reject;
  });
  return d;
};
