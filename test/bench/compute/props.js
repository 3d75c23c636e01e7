// Property-heavy object churn: objects created with many named properties,
// read, updated, deleted, enumerated; a string-keyed map that grows and
// shrinks.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  var names = [];
  for (var n = 0; n < 24; n++) names.push('field' + n);

  var sum = 0;
  var map = {};
  for (var i = 0; i < 150000; i++) {
    var o = {};
    for (var k = 0; k < names.length; k++) o[names[k]] = i + k;
    o.extra = i;
    delete o.field3;
    var keys = Object.keys(o);
    sum += keys.length + o.field7 + o.extra;
    map['key' + (i % 5000)] = o;
    if (i % 7 === 0) delete map['key' + ((i * 13) % 5000)];
    sum %= 1000000007;
  }
  var live = 0;
  for (var key in map) if (map.hasOwnProperty(key)) live++;
  out('props ' + sum + ' ' + live);
})();
