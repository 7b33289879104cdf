/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
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
