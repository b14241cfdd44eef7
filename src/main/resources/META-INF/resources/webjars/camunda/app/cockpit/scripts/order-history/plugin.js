/*
 * Orders: a Cockpit page where ops look up an order by its number (the business key of its process
 * instances) after it is collected or cancelled, when Cockpit itself no longer shows it.
 *
 * Registered in ../config.js (customScripts). Plain JavaScript, no build step and no dependencies:
 * it reads the engine's REST API through Cockpit's own authenticated base (api.engineApi), history
 * first: process instances, activity instances, user tasks, incidents and a few variables. Text from
 * the engine is only ever set as text (textContent, attribute values), never parsed as HTML.
 *
 * Page: #/orders (recently finished orders, search); an order: #/orders?order=WEB-10023
 */

const PAGE_PATH = '/orders';
const PAGE_HASH = '#' + PAGE_PATH;
const RECENT_PAGE_SIZE = 25;
/** The process that cancels an order: an order that ran it ended cancelled. */
const CANCEL_PROCESS = 'cancel-order';
/** Variables worth showing on an order, by name; nothing that could be a credential. */
const SHOWN_VARIABLES = ['paymentMethod', 'pickOutcome', 'cancelReason', 'refundReason'];

const PAYMENT_METHODS = {MOMO: 'MoMo', ZALOPAY: 'ZaloPay', PAY_AT_STORE: 'Pay at the counter'};
const PICK_OUTCOMES = {COMPLETE: 'Everything picked', PARTIAL: 'Short-picked', NOTHING: 'Nothing picked'};
const CANCEL_REASONS = {
  OUT_OF_STOCK: 'the store does not have the items',
  PAYMENT_REJECTED: 'the wallet refused the payment',
  PAYMENT_FAILED: 'the payment did not go through',
  PAYMENT_TIMEOUT: 'the order was not paid in time',
  NOTHING_PICKED: 'none of the items could be picked',
  NOT_COLLECTED: 'the order was not collected in time',
  CUSTOMER: 'the customer cancelled'
};
const REFUND_REASONS = {SHORTPICK: 'short pick', CANCEL: 'cancellation', LATEPAY: 'paid after cancellation'};
const ACTIVITY_KINDS = {
  startEvent: 'Start', messageStartEvent: 'Message start', timerStartEvent: 'Timer start',
  noneEndEvent: 'End', errorEndEvent: 'Error end', terminateEndEvent: 'Terminate end', cancelEndEvent: 'Cancel end',
  serviceTask: 'Service task', userTask: 'User task', scriptTask: 'Script task', businessRuleTask: 'Rule',
  sendTask: 'Send task', receiveTask: 'Receive task', task: 'Task', manualTask: 'Manual task',
  callActivity: 'Calls process', subProcess: 'Sub-process', multiInstanceBody: 'Repeated',
  exclusiveGateway: 'Decision', inclusiveGateway: 'Decision', parallelGateway: 'Split / join',
  eventBasedGateway: 'Waits for first event',
  intermediateTimer: 'Timer', intermediateMessageCatch: 'Waits for message', intermediateSignalCatch: 'Waits for signal',
  intermediateNoneThrowEvent: 'Milestone', intermediateMessageThrowEvent: 'Message sent',
  boundaryTimer: 'Timer (boundary)', boundaryMessage: 'Message (boundary)', boundaryError: 'Error caught',
  boundarySignal: 'Signal (boundary)', boundaryEscalation: 'Escalation', boundaryCompensation: 'Compensation'
};
const QUIET_KINDS = /Gateway$|^multiInstanceBody$/;

// ---------------------------------------------------------------------------------------------
// DOM without HTML strings

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      element.className = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function clear(element) {
  while (element.firstChild) {
    element.removeChild(element.firstChild);
  }
}

function ensureStyles() {
  if (document.getElementById('o2o-order-history-styles')) {
    return;
  }
  document.head.appendChild(h('link', {
    id: 'o2o-order-history-styles', rel: 'stylesheet', type: 'text/css',
    href: new URL('order-history.css', import.meta.url).href
  }));
}

// ---------------------------------------------------------------------------------------------
// Words, dates and durations

/** The engine writes 2026-01-05T10:11:12.123+0000; ISO 8601 as JavaScript reads it wants +00:00. */
function parseDate(value) {
  if (!value) {
    return null;
  }
  const date = new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date.getTime()) ? null : date;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit'
});
const DATE_ONLY = new Intl.DateTimeFormat(undefined, {year: 'numeric', month: 'short', day: 'numeric'});

function when(value) {
  const date = parseDate(value);
  return date ? DATE_TIME.format(date) : '';
}

const TIME_ONLY = new Intl.DateTimeFormat(undefined, {hour: '2-digit', minute: '2-digit', second: '2-digit'});

/** A time in a list that runs down the page: the date only where it changes from the row above. */
function timeInList(value, previousValue, className) {
  const date = parseDate(value);
  const previous = parseDate(previousValue);
  if (!date || !previous || previous.toDateString() !== date.toDateString()) {
    return timeElement(value, className);
  }
  return h('time', {datetime: date.toISOString(), class: className, title: DATE_TIME.format(date)}, TIME_ONLY.format(date));
}

function timeElement(value, className) {
  const date = parseDate(value);
  if (!date) {
    return h('span', {class: 'o2o-none ' + (className || '')}, '—');
  }
  return h('time', {datetime: date.toISOString(), class: className, title: date.toString()}, DATE_TIME.format(date));
}

function duration(millis) {
  if (millis === null || millis === undefined || isNaN(millis)) {
    return '';
  }
  if (millis < 1000) {
    return Math.round(millis) + ' ms';
  }
  const seconds = millis / 1000;
  if (seconds < 60) {
    return (seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)) + ' s';
  }
  const totalSeconds = Math.round(seconds);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) {
    return minutes + ' min' + (totalSeconds % 60 ? ' ' + (totalSeconds % 60) + ' s' : '');
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    return hours + ' h' + (minutes % 60 ? ' ' + (minutes % 60) + ' min' : '');
  }
  return Math.floor(hours / 24) + ' d' + (hours % 24 ? ' ' + (hours % 24) + ' h' : '');
}

function between(start, end) {
  const from = parseDate(start);
  const to = parseDate(end);
  return from && to ? duration(to - from) : '';
}

/** OUT_OF_STOCK, serviceTask, ServiceTask_PostSale: words, for what has no name of its own. */
function humanise(code) {
  if (!code) {
    return '';
  }
  const words = String(code)
    // the engine's own scope around a task done once per item (each parcel, each store)
    .replace(/#multiInstanceBody$/, '')
    .replace(/^[A-Za-z]+_/, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(activityType) {
  return ACTIVITY_KINDS[activityType] || humanise(activityType);
}

function stateBadge(state) {
  return h('span', {class: 'o2o-state o2o-state--' + state.toLowerCase()}, state);
}

// ---------------------------------------------------------------------------------------------
// The engine's REST API through Cockpit

class EngineError extends Error {
  constructor(status, message, path) {
    super(message);
    this.status = status;
    this.path = path;
  }
}

function engineClient(api, signal) {
  const base = api.engineApi;

  async function call(path, init) {
    let response;
    try {
      response = await fetch(base + path, Object.assign({credentials: 'same-origin', signal}, init));
    } catch (error) {
      if (error.name === 'AbortError') {
        throw error;
      }
      throw new EngineError(0, 'The server did not answer (' + error.message + ')', path);
    }
    if (!response.ok) {
      let message = response.statusText;
      try {
        message = (await response.json()).message || message;
      } catch (ignored) {
        // not a JSON problem: keep the status text
      }
      throw new EngineError(response.status, message, path);
    }
    return response.status === 204 ? null : response.json();
  }

  return {
    get(path, parameters) {
      const query = parameters ? '?' + new URLSearchParams(parameters).toString() : '';
      return call(path + query, {method: 'GET', headers: {Accept: 'application/json'}});
    },
    /** A query sent as JSON: needed for more than one sort key. Cockpit's API wants the CSRF token on it. */
    post(path, body) {
      return call(path, {
        method: 'POST',
        headers: {Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken},
        body: JSON.stringify(body)
      });
    }
  };
}

/** What could not be read is an empty list, so that the rest of the page still shows. */
function orNothing(promise, problems, what) {
  return promise.catch(error => {
    if (error.name === 'AbortError') {
      throw error;
    }
    problems.push(what + ': ' + error.message);
    return [];
  });
}

/** Activity instances in the order they happened: by start time, then by the engine's own sequence. */
async function activitiesOf(engine, processInstanceId) {
  try {
    return await engine.post('/history/activity-instance', {
      processInstanceId,
      sorting: [{sortBy: 'startTime', sortOrder: 'asc'}, {sortBy: 'occurrence', sortOrder: 'asc'}]
    });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    return engine.get('/history/activity-instance', {processInstanceId, sortBy: 'startTime', sortOrder: 'asc'});
  }
}

async function loadOrder(engine, orderNumber) {
  const instances = await engine.get('/history/process-instance', {
    processInstanceBusinessKey: orderNumber, sortBy: 'startTime', sortOrder: 'asc'
  });
  if (!instances.length) {
    return null;
  }
  const problems = [];
  const ids = instances.map(instance => instance.id);
  const running = instances.filter(instance => !instance.endTime);
  const [activities, historicIncidents, openIncidents, tasks, variables, taskOperations] = await Promise.all([
    Promise.all(instances.map(instance => orNothing(activitiesOf(engine, instance.id), problems, 'Activities'))),
    Promise.all(instances.map(instance => orNothing(
      engine.get('/history/incident', {processInstanceId: instance.id}), problems, 'Incident history'))),
    // open incidents from the runtime as well: the engine keeps incident history only at history level full
    Promise.all(running.map(instance => orNothing(
      engine.get('/incident', {processInstanceId: instance.id}), problems, 'Open incidents'))),
    orNothing(engine.get('/history/task', {
      processInstanceBusinessKey: orderNumber, sortBy: 'startTime', sortOrder: 'asc'
    }), problems, 'User tasks'),
    orNothing(engine.get('/history/variable-instance', {
      processInstanceIdIn: ids.join(','), variableNameIn: SHOWN_VARIABLES.join(','), deserializeValues: false
    }), problems, 'Variables'),
    // claims are in the user operation log, which the engine writes only at history level full
    Promise.all(instances.map(instance => engine.get('/history/user-operation', {
      processInstanceId: instance.id, entityType: 'Task'
    }).catch(error => {
      if (error.name === 'AbortError') {
        throw error;
      }
      return [];
    })))
  ]);

  const order = {
    number: orderNumber,
    instances,
    activities: activities.flat(),
    tasks,
    variables,
    taskOperations: taskOperations.flat(),
    incidents: mergeIncidents(historicIncidents.flat(), openIncidents.flat()),
    problems
  };
  order.activityNames = await activityNames(engine, order);
  return order;
}

/** Incidents from history and from the runtime, each once, as history describes them where it can. */
function mergeIncidents(historic, open) {
  const byId = new Map();
  for (const incident of historic) {
    byId.set(incident.id, Object.assign({}, incident, {state: incidentState(incident)}));
  }
  for (const incident of open) {
    if (!byId.has(incident.id)) {
      byId.set(incident.id, Object.assign({}, incident, {
        createTime: incident.incidentTimestamp, endTime: null, state: 'Open'
      }));
    }
  }
  return Array.from(byId.values())
    .sort((a, b) => (parseDate(a.createTime) || 0) - (parseDate(b.createTime) || 0));
}

function incidentState(incident) {
  if (incident.resolved) {
    return 'Resolved';
  }
  if (incident.deleted) {
    return 'Deleted';
  }
  return incident.open === false || incident.endTime ? 'Resolved' : 'Open';
}

/**
 * Names of the activities the page mentions, from the activity instances; an activity that never
 * started (a job that failed before it, an incident on it) is named from its process's BPMN.
 */
async function activityNames(engine, order) {
  const names = new Map();
  for (const activity of order.activities) {
    if (activity.activityName) {
      names.set(activity.processDefinitionId + '#' + activity.activityId, activity.activityName);
    }
  }
  const definitionOf = new Map(order.instances.map(instance => [instance.id, instance.processDefinitionId]));
  const missing = new Map();
  for (const incident of order.incidents) {
    const definition = incident.processDefinitionId || definitionOf.get(incident.processInstanceId);
    for (const activityId of [incident.activityId, incident.failedActivityId]) {
      if (activityId && definition && !names.has(definition + '#' + activityId)) {
        missing.set(definition, true);
      }
    }
  }
  await Promise.all(Array.from(missing.keys()).map(async definition => {
    try {
      const answer = await engine.get('/process-definition/' + encodeURIComponent(definition) + '/xml');
      const model = new DOMParser().parseFromString(answer.bpmn20Xml || '', 'application/xml');
      for (const element of model.querySelectorAll('[id][name]')) {
        const key = definition + '#' + element.getAttribute('id');
        if (!names.has(key)) {
          names.set(key, element.getAttribute('name'));
        }
      }
    } catch (error) {
      if (error.name === 'AbortError') {
        throw error;
      }
      // the ids are shown instead
    }
  }));
  return names;
}

// ---------------------------------------------------------------------------------------------
// What an order and its instances came to

function isRoot(instance, instances) {
  return !instance.superProcessInstanceId || !instances.some(other => other.id === instance.superProcessInstanceId);
}

function openIncidentsOf(order, instanceId) {
  return order.incidents.filter(incident => incident.state === 'Open'
    && (!instanceId || incident.processInstanceId === instanceId));
}

function instanceState(order, instance) {
  if (!instance.endTime) {
    if (openIncidentsOf(order, instance.id).length) {
      return 'Incident';
    }
    return instance.state === 'SUSPENDED' ? 'Suspended' : 'Running';
  }
  if (/TERMINATED/.test(instance.state || '')) {
    return 'Cancelled';
  }
  // the order's own journey ends normally on its cancellation path too: it says what became of the order
  return isRoot(instance, order.instances) && orderState(order) === 'Cancelled' ? 'Cancelled' : 'Completed';
}

function orderState(order) {
  if (order.instances.some(instance => !instance.endTime)) {
    return openIncidentsOf(order).length ? 'Incident' : 'Running';
  }
  const cancelled = order.instances.some(instance => instance.processDefinitionKey === CANCEL_PROCESS
    || isRoot(instance, order.instances) && /TERMINATED/.test(instance.state || ''));
  return cancelled ? 'Cancelled' : 'Completed';
}

function variable(order, name) {
  const found = order.variables.filter(variable => variable.name === name && variable.value !== null);
  return found.length ? found[found.length - 1].value : null;
}

function activityName(order, definitionId, activityId) {
  return order.activityNames.get(definitionId + '#' + activityId) || humanise(activityId);
}

function processName(instance) {
  return instance ? instance.processDefinitionName || humanise(instance.processDefinitionKey) : '';
}

/** Where a finished instance ended: its last end event, or the steps that were interrupted. */
function endedAt(order, instance) {
  const own = order.activities.filter(activity => activity.processInstanceId === instance.id);
  // the end event reached last, at any depth: an order cancelled on request ends inside its event sub-process
  const ends = own.filter(activity => /EndEvent$/.test(activity.activityType) && activity.endTime)
    .sort((a, b) => parseDate(a.endTime) - parseDate(b.endTime));
  if (ends.length) {
    const last = ends[ends.length - 1];
    return {label: 'Ended at', names: [last.activityName || humanise(last.activityId)]};
  }
  const interrupted = own.filter(activity => activity.canceled
    && !own.some(other => other.canceled && other.parentActivityInstanceId === activity.id));
  if (interrupted.length) {
    return {label: 'Stopped at', names: interrupted.map(activity => activity.activityName || humanise(activity.activityId))};
  }
  return null;
}

/** The steps a running instance waits in: unfinished activities that contain no other unfinished one. */
function waitingAt(order, instance) {
  const open = order.activities.filter(activity => activity.processInstanceId === instance.id && !activity.endTime);
  const names = open
    .filter(activity => !open.some(other => other.parentActivityInstanceId === activity.id))
    .map(activity => activity.activityName || humanise(activity.activityId));
  // a step whose job fails before it starts has no activity instance yet, only its incident
  for (const incident of openIncidentsOf(order, instance.id)) {
    const name = activityName(order, instance.processDefinitionId, incident.activityId) + ' (incident)';
    if (!names.includes(name)) {
      names.push(name);
    }
  }
  return names;
}

function calledFrom(order, instance) {
  const parent = order.instances.find(other => other.id === instance.superProcessInstanceId);
  if (!parent) {
    return null;
  }
  const call = order.activities.find(activity => activity.calledProcessInstanceId === instance.id);
  return processName(parent) + (call ? ' › ' + (call.activityName || humanise(call.activityId)) : '');
}

// ---------------------------------------------------------------------------------------------
// The page

/** The page on screen: its node and what aborts its requests when it is left. */
let current = null;

function leave() {
  // Cockpit gives unmount no node: stop only a page that is no longer on screen, once its view has changed
  setTimeout(() => {
    if (current && !current.node.isConnected) {
      current.controller.abort();
      current = null;
    }
  });
}

function pageParameters() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query);
}

function orderHash(orderNumber) {
  return PAGE_HASH + '?order=' + encodeURIComponent(orderNumber);
}

function processInstanceHash(instance) {
  return '#/process-instance/' + encodeURIComponent(instance.id) + '/runtime';
}

function processDefinitionHash(instance) {
  return '#/process-definition/' + encodeURIComponent(instance.processDefinitionId) + '/runtime';
}

function renderPage(node, api) {
  if (current) {
    current.controller.abort();
  }
  const controller = new AbortController();
  current = {controller, node};
  ensureStyles();
  clear(node);

  const engine = engineClient(api, controller.signal);
  const requested = (pageParameters().get('order') || '').trim();
  const input = h('input', {
    id: 'order-search', class: 'form-control', type: 'search', name: 'order', value: requested,
    placeholder: 'Order number, e.g. WEB-10023', autocomplete: 'off', 'aria-label': 'Order number', spellcheck: 'false'
  });
  const content = h('div', {id: 'order-content', 'aria-live': 'polite'});
  const form = h('form', {id: 'order-search-form', class: 'o2o-search form-inline', role: 'search', onsubmit: event => {
    event.preventDefault();
    const wanted = input.value.trim();
    const target = wanted ? orderHash(wanted) : PAGE_HASH;
    if (window.location.hash === target) {
      renderPage(node, api);
    } else {
      window.location.hash = target;
    }
  }},
  input, ' ', h('button', {id: 'order-search-button', class: 'btn btn-primary', type: 'submit'}, 'Find order'));

  append(node, h('div', {id: 'o2o-orders', class: 'o2o-orders'},
    h('header', {class: 'o2o-page-header'},
      h('h1', null, requested ? h('a', {href: PAGE_HASH, class: 'o2o-crumb'}, 'Orders') : 'Orders',
        requested ? h('span', {class: 'o2o-crumb-current'}, ' › ', requested) : null),
      form),
    h('p', {class: 'o2o-hint'}, 'Every order, running or finished, by its order number. Times are in your local time (',
      Intl.DateTimeFormat().resolvedOptions().timeZone, ').'),
    content));

  const show = requested ? showOrder(engine, content, requested) : showRecent(engine, content, 0);
  show.catch(error => {
    if (error.name === 'AbortError') {
      return;
    }
    clear(content);
    append(content, problem(error));
  });
  if (!requested) {
    input.focus();
  }
}

function problem(error) {
  const text = error.status === 401
    ? 'Your Cockpit session has ended: log in again.'
    : error.status === 403
      ? 'You may not read this history (' + error.message + ').'
      : 'The engine could not answer: ' + error.message;
  return h('div', {class: 'alert alert-danger order-error', role: 'alert'}, text);
}

function loading(content, what) {
  clear(content);
  append(content, h('p', {class: 'o2o-loading'}, h('span', {class: 'glyphicon glyphicon-refresh'}), ' ', what));
}

// ---- recently finished orders

async function showRecent(engine, content, firstResult, listed = new Set()) {
  if (firstResult === 0) {
    loading(content, 'Loading recently finished orders…');
  }
  // root instances only: one row per order (called processes carry the same business key)
  const finished = await engine.get('/history/process-instance', {
    finished: true, rootProcessInstances: true, sortBy: 'endTime', sortOrder: 'desc',
    firstResult, maxResults: RECENT_PAGE_SIZE
  });
  const keys = finished.map(instance => instance.businessKey).filter(Boolean);
  let cancellations = [];
  let reasons = [];
  if (keys.length) {
    cancellations = await engine.get('/history/process-instance', {
      processDefinitionKey: CANCEL_PROCESS, processInstanceBusinessKeyIn: keys.join(',')
    }).catch(() => []);
    if (cancellations.length) {
      reasons = await engine.get('/history/variable-instance', {
        variableName: 'cancelReason', processInstanceIdIn: cancellations.map(instance => instance.id).join(','),
        deserializeValues: false
      }).catch(() => []);
    }
  }
  const reasonOf = new Map();
  for (const cancellation of cancellations) {
    const reason = reasons.find(variable => variable.processInstanceId === cancellation.id);
    reasonOf.set(cancellation.businessKey, reason ? reason.value : null);
  }

  let table = content.querySelector('#recent-orders');
  if (firstResult === 0) {
    clear(content);
    if (!finished.length) {
      append(content, h('section', {class: 'o2o-section'}, h('h2', null, 'Recently finished orders'),
        h('p', {id: 'recent-orders-empty', class: 'o2o-empty'}, 'No order has finished yet.')));
      return;
    }
    table = h('table', {id: 'recent-orders', class: 'table table-condensed table-hover o2o-table'},
      h('thead', null, h('tr', null,
        h('th', null, 'Order'), h('th', null, 'Outcome'), h('th', null, 'Process'),
        h('th', null, 'Placed'), h('th', null, 'Finished'), h('th', {class: 'o2o-number'}, 'Took'))),
      h('tbody'));
    append(content, h('section', {class: 'o2o-section'},
      h('h2', null, 'Recently finished orders', h('small', null, ' newest first')), table,
      h('div', {class: 'o2o-more'})));
  }
  const body = table.querySelector('tbody');
  for (const instance of finished) {
    // an order can have more than one root instance (a late refund is a process of its own): list it once
    if (instance.businessKey && listed.has(instance.businessKey)) {
      continue;
    }
    listed.add(instance.businessKey);
    const cancelled = reasonOf.has(instance.businessKey) || /TERMINATED/.test(instance.state || '');
    const reason = reasonOf.get(instance.businessKey);
    const orderNumber = instance.businessKey || '';
    append(body, h('tr', {class: 'recent-order', 'data-order': orderNumber},
      h('td', null, orderNumber
        ? h('a', {href: orderHash(orderNumber), class: 'recent-order-link'}, orderNumber)
        : h('span', {class: 'o2o-none'}, 'no order number')),
      h('td', null, stateBadge(cancelled ? 'Cancelled' : 'Completed'),
        reason ? h('span', {class: 'o2o-reason'}, ' ', CANCEL_REASONS[reason] || humanise(reason)) : null),
      h('td', null, processName(instance)),
      h('td', null, timeElement(instance.startTime)),
      h('td', null, timeElement(instance.endTime)),
      h('td', {class: 'o2o-number'}, duration(instance.durationInMillis))));
  }
  const more = content.querySelector('.o2o-more');
  clear(more);
  if (finished.length === RECENT_PAGE_SIZE) {
    append(more, h('button', {id: 'recent-more', class: 'btn btn-default btn-sm', type: 'button', onclick: event => {
      event.target.disabled = true;
      showRecent(engine, content, firstResult + RECENT_PAGE_SIZE, listed).catch(error => {
        if (error.name !== 'AbortError') {
          append(more, problem(error));
        }
      });
    }}, 'Show older orders'));
  }
}

// ---- one order

async function showOrder(engine, content, requested) {
  loading(content, 'Looking up ' + requested + '…');
  let order = await loadOrder(engine, requested);
  if (!order && requested.toUpperCase() !== requested) {
    order = await loadOrder(engine, requested.toUpperCase());
  }
  clear(content);
  if (!order) {
    await showNotFound(engine, content, requested);
    return;
  }
  append(content,
    orderSummary(order),
    order.problems.length
      ? h('div', {class: 'alert alert-warning order-warning'}, 'Part of this order could not be read: ',
        order.problems.join('; '))
      : null,
    instancesSection(order),
    timelineSection(order),
    tasksSection(order),
    incidentsSection(order));
}

async function showNotFound(engine, content, requested) {
  const like = await engine.get('/history/process-instance', {
    processInstanceBusinessKeyLike: '%' + requested.toUpperCase() + '%', rootProcessInstances: true,
    sortBy: 'startTime', sortOrder: 'desc', maxResults: 20
  }).catch(() => []);
  const keys = Array.from(new Set(like.map(instance => instance.businessKey).filter(Boolean)));
  append(content, h('div', {id: 'order-not-found', class: 'alert alert-info'},
    'No order ', h('strong', null, requested), ' in the engine\'s history.',
    keys.length ? ' Orders whose number contains it:' : ' Check the number; orders are kept in history for a limited time.'));
  if (keys.length) {
    append(content, h('ul', {class: 'o2o-suggestions'},
      keys.map(key => h('li', null, h('a', {href: orderHash(key), class: 'order-suggestion'}, key)))));
  }
}

function orderSummary(order) {
  const roots = order.instances.filter(instance => isRoot(instance, order.instances));
  const root = roots[0] || order.instances[0];
  const state = orderState(order);
  const payment = variable(order, 'paymentMethod');
  const pick = variable(order, 'pickOutcome');
  const reason = variable(order, 'cancelReason');
  const facts = [
    ['Process', processName(root)],
    ['Placed', timeElement(root.startTime)],
    [root.endTime ? 'Finished' : 'Running for', root.endTime
      ? timeElement(root.endTime)
      : between(root.startTime, new Date().toISOString())],
    root.endTime ? ['Took', duration(root.durationInMillis)] : null,
    payment ? ['Payment', PAYMENT_METHODS[payment] || humanise(payment)] : null,
    pick ? ['Pick', PICK_OUTCOMES[pick] || humanise(pick)] : null,
    reason ? ['Cancelled because', CANCEL_REASONS[reason] || humanise(reason)] : null,
    root.removalTime ? ['History kept until', DATE_ONLY.format(parseDate(root.removalTime))] : null
  ].filter(Boolean);
  return h('section', {id: 'order-summary', class: 'o2o-section o2o-summary', 'data-order': order.number,
    'data-state': state},
  h('h2', null, 'Order ', h('span', {class: 'order-number'}, order.number), ' ',
    h('span', {class: 'order-state'}, stateBadge(state))),
  h('dl', {class: 'o2o-facts'}, facts.map(([term, value]) => [h('dt', null, term), h('dd', null, value)])));
}

function instancesSection(order) {
  return h('section', {id: 'order-instances', class: 'o2o-section'},
    h('h2', null, 'Process instances', h('small', null, ' ' + order.instances.length)),
    h('div', {class: 'o2o-instances'}, order.instances.map(instance => {
      const state = instanceState(order, instance);
      const from = calledFrom(order, instance);
      const end = instance.endTime ? endedAt(order, instance) : null;
      const waiting = instance.endTime ? [] : waitingAt(order, instance);
      return h('section', {
        class: 'order-instance o2o-card', id: 'instance-' + instance.id,
        'data-process-instance-id': instance.id, 'data-process-definition-key': instance.processDefinitionKey,
        'data-state': state
      },
      h('h3', null, h('span', {class: 'order-instance-name'}, processName(instance)), ' ', stateBadge(state)),
      h('dl', {class: 'o2o-facts o2o-facts--compact'},
        from ? [h('dt', null, 'Called from'), h('dd', null, from)] : null,
        h('dt', null, 'Started'), h('dd', null, timeElement(instance.startTime)),
        instance.endTime
          ? [h('dt', null, 'Ended'), h('dd', null, timeElement(instance.endTime)),
            h('dt', null, 'Took'), h('dd', null, duration(instance.durationInMillis))]
          : [h('dt', null, 'Running for'), h('dd', null, between(instance.startTime, new Date().toISOString()))],
        end ? [h('dt', null, end.label), h('dd', null, end.names.join(', '))] : null,
        waiting.length ? [h('dt', null, 'Waiting at'), h('dd', null, waiting.join(', '))] : null,
        h('dt', null, 'Version'), h('dd', null, String(instance.processDefinitionVersion || ''))),
      h('p', {class: 'o2o-links'},
        instance.endTime
          ? h('span', {class: 'o2o-none'}, 'Finished: this page is its record. ')
          : h('a', {href: processInstanceHash(instance), class: 'order-instance-link'}, 'Open in Cockpit'),
        instance.endTime ? null : ' · ',
        h('a', {href: processDefinitionHash(instance), class: 'order-definition-link'}, 'Process diagram'),
        h('span', {class: 'o2o-id', title: 'Process instance id'}, instance.id)));
    })));
}

function timelineSection(order) {
  // instances in the order they started, so that at the same millisecond the caller comes first
  const rank = new Map(order.instances.map((instance, index) => [instance.id, index]));
  const instanceOf = new Map(order.instances.map(instance => [instance.id, instance]));
  const entries = order.activities.map((activity, index) => ({kind: 'activity', at: parseDate(activity.startTime),
    rank: rank.get(activity.processInstanceId), index, activity}));
  order.incidents.forEach((incident, index) => {
    entries.push({kind: 'incident', at: parseDate(incident.createTime), rank: rank.get(incident.processInstanceId),
      index, incident});
    if (incident.endTime) {
      entries.push({kind: 'incident-end', at: parseDate(incident.endTime), rank: rank.get(incident.processInstanceId),
        index, incident});
    }
  });
  entries.sort((a, b) => (a.at || 0) - (b.at || 0) || (a.rank - b.rank) || (a.index - b.index));

  let previousStart = null;
  const startedCell = value => {
    const cell = h('td', {class: 'o2o-when'}, timeInList(value, previousStart));
    previousStart = value || previousStart;
    return cell;
  };
  const rows = entries.map(entry => {
    if (entry.kind === 'activity') {
      const activity = entry.activity;
      // an event-based gateway always ends cancelled, when the first of its events comes: that is its normal end
      const interrupted = activity.canceled && activity.activityType !== 'eventBasedGateway';
      const outcome = !activity.endTime ? 'Waiting' : interrupted ? 'Interrupted' : 'Done';
      const quiet = QUIET_KINDS.test(activity.activityType);
      return h('tr', {
        class: 'timeline-entry' + (quiet ? ' timeline-entry--quiet' : '') + (activity.activityType === 'userTask'
          ? ' timeline-entry--user' : ''),
        'data-kind': 'activity', 'data-activity-id': activity.activityId, 'data-activity-type': activity.activityType,
        'data-process-instance-id': activity.processInstanceId
      },
      startedCell(activity.startTime),
      h('td', null, h('span', {class: 'timeline-name'}, activity.activityName || humanise(activity.activityId)),
        activity.assignee ? h('span', {class: 'o2o-muted'}, ' · ' + activity.assignee) : null),
      h('td', {class: 'o2o-muted'}, kindOf(activity.activityType)),
      h('td', null, processName(instanceOf.get(activity.processInstanceId))),
      h('td', {class: 'o2o-when'}, timeInList(activity.endTime, activity.startTime)),
      h('td', {class: 'o2o-number'}, activity.endTime ? duration(activity.durationInMillis) : ''),
      h('td', null, h('span', {class: 'o2o-outcome o2o-outcome--' + outcome.toLowerCase()}, outcome)));
    }
    const incident = entry.incident;
    const instance = instanceOf.get(incident.processInstanceId);
    const where = activityName(order, incident.processDefinitionId || (instance && instance.processDefinitionId),
      incident.activityId);
    const raised = entry.kind === 'incident';
    return h('tr', {class: 'timeline-entry timeline-entry--incident', 'data-kind': entry.kind,
      'data-activity-id': incident.activityId, 'data-process-instance-id': incident.processInstanceId},
    startedCell(raised ? incident.createTime : incident.endTime),
    h('td', null, h('span', {class: 'timeline-name'}, raised ? 'Incident at ' + where : 'Incident resolved at ' + where),
      raised && incident.incidentMessage ? h('div', {class: 'o2o-message'}, incident.incidentMessage) : null),
    h('td', {class: 'o2o-muted'}, 'Incident'),
    h('td', null, processName(instance)),
    h('td'), h('td'),
    h('td', null, stateBadge(raised ? incident.state : 'Resolved')));
  });

  return h('section', {id: 'order-timeline', class: 'o2o-section'},
    h('h2', null, 'Timeline', h('small', null, ' what happened, across all of the order\'s processes')),
    rows.length
      ? h('table', {class: 'table table-condensed o2o-table o2o-timeline'},
        h('thead', null, h('tr', null, h('th', null, 'Started'), h('th', null, 'Step'), h('th', null, 'Kind'),
          h('th', null, 'Process'), h('th', null, 'Ended'), h('th', {class: 'o2o-number'}, 'Took'),
          h('th', null, 'Outcome'))),
        h('tbody', null, rows))
      : h('p', {class: 'o2o-empty'}, 'No steps recorded.'));
}

function tasksSection(order) {
  const instanceOf = new Map(order.instances.map(instance => [instance.id, instance]));
  const claims = new Map();
  for (const operation of order.taskOperations) {
    if ((operation.operationType === 'Claim' || operation.operationType === 'Assign') && operation.taskId
      && operation.newValue) {
      claims.set(operation.taskId, operation);
    }
  }
  const anyClaimRecorded = claims.size > 0;
  const rows = order.tasks.map(task => {
    const claim = claims.get(task.id);
    const outcome = task.taskState || (task.endTime ? humanise(task.deleteReason || 'completed') : 'Open');
    return h('tr', {class: 'task-entry', 'data-task-id': task.id, 'data-task-definition-key': task.taskDefinitionKey,
      'data-assignee': task.assignee || ''},
    h('td', null, h('span', {class: 'task-name'}, task.name || humanise(task.taskDefinitionKey))),
    h('td', null, processName(instanceOf.get(task.processInstanceId))),
    h('td', null, task.assignee
      ? h('span', {class: 'task-assignee'}, task.assignee)
      : h('span', {class: 'task-assignee o2o-none'}, 'nobody')),
    h('td', {class: 'o2o-when'}, timeElement(task.startTime, 'task-created')),
    anyClaimRecorded
      ? h('td', {class: 'o2o-when'}, claim ? timeElement(claim.timestamp, 'task-claimed') : '—')
      : null,
    h('td', {class: 'o2o-when'}, timeElement(task.endTime, 'task-ended')),
    h('td', {class: 'o2o-number'}, task.endTime ? duration(task.duration) : ''),
    h('td', null, h('span', {class: 'o2o-outcome o2o-outcome--' + outcome.toLowerCase()}, outcome)));
  });
  return h('section', {id: 'order-tasks', class: 'o2o-section'},
    h('h2', null, 'Store tasks', h('small', null, ' who did what')),
    rows.length
      ? h('table', {class: 'table table-condensed o2o-table'},
        h('thead', null, h('tr', null, h('th', null, 'Task'), h('th', null, 'Process'), h('th', null, 'Done by'),
          h('th', null, 'Created'), anyClaimRecorded ? h('th', null, 'Claimed') : null, h('th', null, 'Ended'),
          h('th', {class: 'o2o-number'}, 'Took'), h('th', null, 'Outcome'))),
        h('tbody', null, rows))
      : h('p', {class: 'o2o-empty'}, 'No user tasks.'),
    rows.length && !anyClaimRecorded
      ? h('p', {class: 'o2o-hint'}, '"Done by" is the task\'s assignee. When a task was claimed is kept only with the ',
        'engine\'s history level full.')
      : null);
}

function incidentsSection(order) {
  const instanceOf = new Map(order.instances.map(instance => [instance.id, instance]));
  const ids = new Set(order.incidents.map(incident => incident.id));
  // a failure in a called process is raised on its call activity too: show where it happened, once
  const shown = order.incidents.filter(incident => !incident.causeIncidentId || incident.causeIncidentId === incident.id
    || !ids.has(incident.causeIncidentId));
  const rows = shown.map(incident => {
    const instance = instanceOf.get(incident.processInstanceId);
    const definition = incident.processDefinitionId || (instance && instance.processDefinitionId);
    const failed = incident.failedActivityId && incident.failedActivityId !== incident.activityId
      ? ' (failed at ' + activityName(order, definition, incident.failedActivityId) + ')' : '';
    return h('tr', {class: 'incident-entry', 'data-incident-id': incident.id, 'data-state': incident.state,
      'data-activity-id': incident.activityId},
    h('td', {class: 'o2o-when'}, timeElement(incident.createTime)),
    h('td', null, stateBadge(incident.state),
      incident.endTime ? h('div', {class: 'o2o-muted'}, when(incident.endTime)) : null),
    h('td', null, h('span', {class: 'incident-activity'}, activityName(order, definition, incident.activityId) + failed)),
    h('td', null, processName(instance)),
    h('td', {class: 'o2o-muted'}, humanise(incident.incidentType)),
    h('td', null, h('span', {class: 'incident-message o2o-message'}, incident.incidentMessage || '')));
  });
  return h('section', {id: 'order-incidents', class: 'o2o-section'},
    h('h2', null, 'Incidents', h('small', null, ' ' + rows.length)),
    rows.length
      ? h('table', {class: 'table table-condensed o2o-table'},
        h('thead', null, h('tr', null, h('th', null, 'Raised'), h('th', null, 'State'), h('th', null, 'Step'),
          h('th', null, 'Process'), h('th', null, 'Type'), h('th', null, 'What failed'))),
        h('tbody', null, rows))
      : h('p', {id: 'order-incidents-none', class: 'o2o-empty'}, 'No incidents recorded.'),
    h('p', {class: 'o2o-hint'}, 'Open incidents are always listed. Resolved ones are kept only with the engine\'s ',
      'history level full.'));
}

// ---------------------------------------------------------------------------------------------
// Cockpit's plugin points

export default [
  {
    id: 'o2o-orders',
    pluginPoint: 'cockpit.route',
    priority: 0,
    // Cockpit calls render(node, {api, ...what the plugin point adds}); a route adds nothing
    render(node, {api}) {
      renderPage(node, api);
    },
    unmount: leave,
    properties: {path: PAGE_PATH, label: 'Orders'}
  },
  {
    id: 'o2o-orders-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render(node) {
      append(node, h('a', {href: PAGE_HASH, id: 'o2o-orders-nav'}, 'Orders'));
    },
    properties: {
      path: PAGE_PATH,
      label: 'Orders',
      pagePath: PAGE_HASH,
      checkActive: url => /#\/orders(\?|$)/.test(url)
    }
  }
];
