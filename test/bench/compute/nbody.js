// Floating point on object properties: a small gravitational system stepped
// with a symplectic Euler integrator.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  function Body(x, y, z, vx, vy, vz, mass) {
    this.x = x; this.y = y; this.z = z;
    this.vx = vx; this.vy = vy; this.vz = vz;
    this.mass = mass;
  }

  function makeSystem() {
    var bodies = [new Body(0, 0, 0, 0, 0, 0, 40)];
    for (var i = 1; i < 5; i++) {
      var r = 4 * i + 0.5;
      bodies.push(new Body(r, 0.1 * i, -0.05 * i, 0.02 * i, Math.sqrt(40 / r), 0.01, 0.01 * i));
    }
    return bodies;
  }

  function advance(bodies, dt) {
    var n = bodies.length;
    for (var i = 0; i < n; i++) {
      var a = bodies[i];
      for (var j = i + 1; j < n; j++) {
        var b = bodies[j];
        var dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
        var d2 = dx * dx + dy * dy + dz * dz;
        var mag = dt / (d2 * Math.sqrt(d2));
        a.vx -= dx * b.mass * mag; a.vy -= dy * b.mass * mag; a.vz -= dz * b.mass * mag;
        b.vx += dx * a.mass * mag; b.vy += dy * a.mass * mag; b.vz += dz * a.mass * mag;
      }
    }
    for (i = 0; i < n; i++) {
      var c = bodies[i];
      c.x += dt * c.vx; c.y += dt * c.vy; c.z += dt * c.vz;
    }
  }

  function energy(bodies) {
    var e = 0;
    for (var i = 0; i < bodies.length; i++) {
      var a = bodies[i];
      e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
      for (var j = i + 1; j < bodies.length; j++) {
        var b = bodies[j];
        var dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
        e -= a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }

  var system = makeSystem();
  var before = energy(system);
  for (var step = 0; step < 80000; step++) advance(system, 0.001);
  out('nbody ' + before.toFixed(9) + ' ' + energy(system).toFixed(9));
})();
