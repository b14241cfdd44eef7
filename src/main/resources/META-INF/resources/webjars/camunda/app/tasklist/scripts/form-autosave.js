/*
 * Keeps what a person typed into a task form while they look at another tab.
 *
 * Tasklist draws a Camunda Form again from the task's variables whenever the Form tab is shown,
 * restoring only what was last saved with the Save button (kept in the browser). A short pick
 * typed, then a look at the Description tab, and the form showed the full quantities again: one
 * tap on Complete would have recorded a full pick. So entries are saved as they are made, once the
 * form has taken them in (it waits a moment after each keystroke).
 *
 * Loaded through requireJsConfig in config.js; it only listens, so it cannot stop Tasklist.
 */
define([], function () {
  'use strict';

  var pending;

  function save() {
    pending = null;
    var button = document.querySelector('.form-actions button[ng-click="save($event)"]');
    if (button) {
      // Tasklist enables Save only after its next redraw; the entry is already there to keep
      button.disabled = false;
      button.click();
    }
  }

  function saveSoon(event) {
    var target = event.target;
    if (!target || !target.closest || !target.closest('.fjs-form')) {
      return;
    }
    clearTimeout(pending);
    pending = setTimeout(save, 700);
  }

  // leaving the form (another tab, another task) saves at once what is still waiting
  function saveBeforeLeaving(event) {
    var target = event.target;
    if (pending && target && target.closest && !target.closest('.fjs-form')) {
      clearTimeout(pending);
      save();
    }
  }

  ['input', 'change', 'click', 'keyup'].forEach(function (type) {
    document.addEventListener(type, saveSoon, true);
  });
  document.addEventListener('pointerdown', saveBeforeLeaving, true);
});
