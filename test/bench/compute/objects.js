// An object workload in the style of a scheduler simulation: prototype
// methods called polymorphically, linked queues, state machines.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  function Packet(id, kind) {
    this.id = id;
    this.kind = kind;
    this.payload = [0, 0, 0, 0];
    this.next = null;
  }

  function Queue() { this.head = null; this.tail = null; this.length = 0; }
  Queue.prototype.push = function (p) {
    p.next = null;
    if (this.tail === null) this.head = p; else this.tail.next = p;
    this.tail = p;
    this.length++;
  };
  Queue.prototype.shift = function () {
    var p = this.head;
    if (p === null) return null;
    this.head = p.next;
    if (this.head === null) this.tail = null;
    this.length--;
    return p;
  };

  function Task(name, sched) { this.name = name; this.sched = sched; this.inbox = new Queue(); this.work = 0; }
  Task.prototype.receive = function (p) { this.inbox.push(p); };
  Task.prototype.step = function () {
    var p = this.inbox.shift();
    if (p === null) return false;
    this.handle(p);
    return true;
  };

  function Worker(name, sched) { Task.call(this, name, sched); }
  Worker.prototype = Object.create(Task.prototype);
  Worker.prototype.handle = function (p) {
    for (var i = 0; i < p.payload.length; i++) p.payload[i] = (p.payload[i] * 31 + p.id + i) & 0xffff;
    this.work += p.payload[0];
    this.sched.route(p, p.kind === 0 ? 'device' : 'collector');
  };

  function Device(name, sched) { Task.call(this, name, sched); this.held = null; }
  Device.prototype = Object.create(Task.prototype);
  Device.prototype.handle = function (p) {
    if (this.held !== null) {
      this.sched.route(this.held, 'collector');
    }
    this.held = p;
    this.work++;
  };

  function Collector(name, sched) { Task.call(this, name, sched); this.sum = 0; }
  Collector.prototype = Object.create(Task.prototype);
  Collector.prototype.handle = function (p) {
    this.sum = (this.sum + p.payload[0] + p.payload[3]) % 1000000007;
    this.work++;
    if (this.sched.issued < this.sched.limit) this.sched.issue(p);
  };

  function Scheduler(limit) {
    this.tasks = {};
    this.order = [];
    this.issued = 0;
    this.limit = limit;
  }
  Scheduler.prototype.add = function (task) { this.tasks[task.name] = task; this.order.push(task); };
  Scheduler.prototype.route = function (p, name) { this.tasks[name].receive(p); };
  Scheduler.prototype.issue = function (p) {
    this.issued++;
    p.id = this.issued;
    p.kind = this.issued % 3 === 0 ? 0 : 1;
    this.route(p, 'worker' + (this.issued & 3));
  };
  Scheduler.prototype.run = function () {
    var busy = true;
    while (busy) {
      busy = false;
      for (var i = 0; i < this.order.length; i++) {
        if (this.order[i].step()) busy = true;
      }
    }
  };

  var sched = new Scheduler(150000);
  for (var w = 0; w < 4; w++) sched.add(new Worker('worker' + w, sched));
  sched.add(new Device('device', sched));
  var collector = new Collector('collector', sched);
  sched.add(collector);
  for (var k = 0; k < 64; k++) sched.issue(new Packet(0, 0));
  sched.run();
  out('objects ' + sched.issued + ' ' + collector.sum + ' ' + collector.work);
})();
