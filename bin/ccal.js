#!/usr/bin/env node
'use strict';
const path = require('node:path');
const { loadBundle } = require('./codeCache.js');

loadBundle(path.join(__dirname, '..', 'dist', 'ccal.js')).exports.runCommandLine();
