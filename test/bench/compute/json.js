// JSON.stringify and JSON.parse of a few megabytes of nested records.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  var records = [];
  for (var i = 0; i < 20000; i++) {
    records.push({
      id: i,
      name: 'record-' + i,
      active: i % 3 === 0,
      score: i * 1.25,
      tags: ['a' + (i % 10), 'b' + (i % 7), 'c'],
      owner: { first: 'Ada', last: 'Lovelace', age: 36 + (i % 50) },
      note: null
    });
  }
  var doc = { version: 3, records: records };

  var size = 0, sum = 0;
  for (var round = 0; round < 4; round++) {
    var text = JSON.stringify(doc);
    size = text.length;
    var back = JSON.parse(text);
    for (var j = 0; j < back.records.length; j += 97) sum += back.records[j].owner.age;
  }
  out('json ' + size + ' ' + sum);
})();
