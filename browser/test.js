// `node --test browser/` only runs files that Node recognises as tests (*.test.js, test.js, ...),
// not our stories' *.spec.js; this file loads them all, in name order. Each story is a describe()
// with its own server and browser. One story alone: node --test browser/login.spec.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');

for (const name of fs.readdirSync(__dirname).filter((file) => file.endsWith('.spec.js')).sort()) {
  require(path.join(__dirname, name));
}
