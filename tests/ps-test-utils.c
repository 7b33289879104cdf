/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <sys/wait.h>
#include <math.h>

#include "ps-test-utils.h"

const PsParams *
ps_test_params (const char *date_text)
{
  static GHashTable *cache = NULL;
  g_autoptr (GError) error = NULL;
  PsRates *rates;
  PsDate date;
  const PsParams *p;

  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  g_assert_true (ps_date_parse (date_text, &date, NULL));
  rates = g_hash_table_lookup (cache, GINT_TO_POINTER (PS_DATE_YEAR (date)));
  if (rates == NULL)
    {
      rates = ps_rates_new_for_year (PS_DATE_YEAR (date), &error);
      g_assert_no_error (error);
      g_hash_table_insert (cache, GINT_TO_POINTER (PS_DATE_YEAR (date)), rates);
    }
  p = ps_rates_resolve (rates, date, &error);
  g_assert_no_error (error);
  return p;
}

void
ps_test_assert_euros (const char *file,
                      int         line,
                      double      a,
                      double      b,
                      double      tol,
                      const char *what)
{
  if (!(fabs (a - b) <= tol + 1e-9))
    {
      /* recorded, and the test goes on to check the other figures */
      g_test_fail_printf ("%s:%d: %s: %.2f vs %.2f (difference %.2f > %.2f)",
                          file, line, what, a, b, a - b, tol);
    }
}

gboolean
ps_test_set_locale (const char *locale)
{
  return setlocale (LC_ALL, locale) != NULL;
}

gboolean
ps_test_require_french (void)
{
  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed");
      return FALSE;
    }
  ps_test_set_locale ("C.UTF-8");
  return TRUE;
}

double
ps_test_json_number (cJSON      *o,
                     const char *key)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (o, key);

  if (!cJSON_IsNumber (v))
    g_error ("missing number “%s”", key);
  return v->valuedouble;
}

void
ps_test_run_clear (PsTestRun *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

void
ps_test_run_cli (PsTestRun  *r,
                 const char *locale,
                 ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  const char *arg;
  va_list ap;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("PORTAGE_CLI"));
  va_start (ap, locale);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  if (locale != NULL)
    envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &r->out, &r->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
}
