/*
 * Keeps dates in the language Tasklist shows.
 *
 * Tasklist fetches the translation of the browser's language (locales/vi.json) and, beside it, the
 * fallback (locales/en.json). Each file it receives also makes its date names the global locale of
 * moment.js, which writes every date and every "5 minutes ago" on the screen, so whichever file
 * arrives last wins: a Vietnamese screen could show English dates. This module sets moment back
 * to the language of the screen after every translation load and language change.
 *
 * Loaded through requireJsConfig in config.js. It must never stop Tasklist from starting, hence
 * the checks.
 */
define(['angular'], function (angular) {
  'use strict';

  return angular.module('o2o.tasklist.dateLocale', []).run(['$rootScope', '$injector',
    function ($rootScope, $injector) {
      if (!$injector.has('$translate') || !$injector.has('amMoment') || !$injector.has('moment')) {
        return;
      }
      var $translate = $injector.get('$translate');
      var amMoment = $injector.get('amMoment');
      var moment = $injector.get('moment');

      function followTranslation() {
        var language = $translate.use();
        if (language && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
          // also redraws every "... ago" on the screen
          amMoment.changeLocale(language);
        }
      }

      $rootScope.$on('$translateLoadingSuccess', followTranslation);
      $rootScope.$on('$translateChangeSuccess', followTranslation);
    }]);
});
