/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Tasklist for the stores: replaces the configuration shipped in camunda-webapp-webjar 7.24.0
// (app/tasklist/scripts/config.js), whose shortcuts it keeps.
export default {
  // The browser's first language picks the translation (locales/vi.json, locales/en.json); any
  // other language gets English.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },

  // Day before month, 24-hour clock, in either language (moment.js formats).
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // scripts/date-locale.js: dates in the language of the screen, whichever translation Tasklist
  // received last; scripts/form-autosave.js: a task form keeps its entries across the tabs
  requireJsConfig: {
    ngDeps: ['o2o.tasklist.dateLocale'],
    deps: ['o2o-date-locale', 'o2o-form-autosave'],
    paths: {
      'o2o-date-locale': 'scripts/date-locale',
      'o2o-form-autosave': 'scripts/form-autosave'
    }
  },

  // No "first time here" box on the login page pointing to a Camunda welcome page this
  // application does not have (it asks GET /camunda-welcome on every login page otherwise).
  disableWelcomeMessage: true,

  // The shipped shortcuts, except the one that opens "Start process": orders start their processes
  // through the order API, and Tasklist hides that button (styles/user-styles.css).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
  }
};
