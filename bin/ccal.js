#!/usr/bin/env node
'use strict';
require('../dist/ccal.js');
