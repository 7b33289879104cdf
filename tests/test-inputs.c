/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The validation layer: every kind of bad input and the message it gets. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>

#include "ps-error.h"
#include "ps-inputs.h"
#include "ps-test-utils.h"

static const struct
{
  PsField     field;
  const char *text;
  int         code;      /* -1: accepted */
  double      value;
  const char *message;   /* in English (C locale) */
} cases[] = {
  { PS_FIELD_TJM, "550", -1, 550, NULL },
  { PS_FIELD_TJM, "550,50", -1, 550.5, NULL },              /* French decimal comma */
  { PS_FIELD_TJM, "1 200", -1, 1200, NULL },                /* space as thousands separator */
  { PS_FIELD_TJM, "1\u202f200,5 €", -1, 1200.5, NULL },
  { PS_FIELD_TJM, "", PS_INPUT_ERROR_EMPTY, 0, "Day rate (TJM): a value is required" },
  { PS_FIELD_TJM, "   ", PS_INPUT_ERROR_EMPTY, 0, "Day rate (TJM): a value is required" },
  { PS_FIELD_TJM, "-5", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Day rate (TJM): -5 is out of range (accepted: 1 to 100000)" },
  { PS_FIELD_TJM, "0", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Day rate (TJM): 0 is out of range (accepted: 1 to 100000)" },
  { PS_FIELD_TJM, "150000", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Day rate (TJM): 150000 is out of range (accepted: 1 to 100000)" },
  /* what was typed, not rounded (issue 15) */
  { PS_FIELD_TJM, "100000.001", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Day rate (TJM): 100000.001 is out of range (accepted: 1 to 100000)" },
  { PS_FIELD_TJM, "0.004", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Day rate (TJM): 0.004 is out of range (accepted: 1 to 100000)" },
  { PS_FIELD_TJM, "abc", PS_INPUT_ERROR_NOT_A_NUMBER, 0, "Day rate (TJM): “abc” is not a number" },
  { PS_FIELD_TJM, "NaN", PS_INPUT_ERROR_NOT_A_NUMBER, 0, "Day rate (TJM): “NaN” is not a number" },
  { PS_FIELD_TJM, "inf", PS_INPUT_ERROR_NOT_A_NUMBER, 0, "Day rate (TJM): “inf” is not a number" },
  { PS_FIELD_TJM, "1e308", PS_INPUT_ERROR_NOT_A_NUMBER, 0, "Day rate (TJM): “1e308” is not a number" },
  { PS_FIELD_TJM, "12.5.3", PS_INPUT_ERROR_NOT_A_NUMBER, 0, "Day rate (TJM): “12.5.3” is not a number" },
  { PS_FIELD_DAYS_PER_YEAR, "400", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Days billed per year: 400 is out of range (accepted: 1 to 366)" },
  { PS_FIELD_DAYS_PER_MONTH, "40", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Days billed per month: 40 is out of range (accepted: 0.50 to 31)" },
  { PS_FIELD_DAYS_PER_MONTH, "18,5", -1, 18.5, NULL },
  { PS_FIELD_FEE_PCT, "120", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Management fee: 120 is out of range (accepted: 0 to 100)" },
  { PS_FIELD_FEE_PCT, "-1", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Management fee: -1 is out of range (accepted: 0 to 100)" },
  { PS_FIELD_HEADCOUNT, "2.5", PS_INPUT_ERROR_INVALID, 0, "Headcount: a whole number is expected" },
  { PS_FIELD_PARTS, "1.3", PS_INPUT_ERROR_INVALID, 0, "Household parts: the number of parts goes by halves (1, 1.5, 2, 2.5…)" },
  { PS_FIELD_PARTS, "2,5", -1, 2.5, NULL },
  { PS_FIELD_EXPENSES_MONTHLY, "0", -1, 0, NULL },
  { PS_FIELD_GROSS_MONTHLY, "-1", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "Gross salary per month: -1 is out of range (accepted: 0 to 1000000)" },
  { PS_FIELD_ESN_MARGIN_PCT, "95", PS_INPUT_ERROR_OUT_OF_RANGE, 0, "ESN margin: 95 is out of range (accepted: 0 to 90)" },
};

static void
test_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      double value = -12345;
      gboolean ok = ps_input_parse_field (cases[i].field, NULL, cases[i].text, &value, &error);

      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-9);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, PS_INPUT_ERROR, cases[i].code);
          g_assert_cmpstr (error->message, ==, cases[i].message);
          g_assert_cmpfloat (value, ==, -12345);   /* untouched */
        }
    }
}

static void
test_shown_name (void)
{
  g_autoptr (GError) error = NULL;
  double value;

  /* the CLI names the option */
  g_assert_false (ps_input_parse_field (PS_FIELD_TJM, "--tjm", "-5", &value, &error));
  g_assert_cmpstr (error->message, ==, "--tjm: -5 is out of range (accepted: 1 to 100000)");
}

static void
test_every_field_has_a_spec (void)
{
  for (int f = 0; f < PS_N_FIELDS; f++)
    {
      const PsFieldSpec *spec = ps_field_spec (f);

      g_assert_nonnull (spec->option);
      g_assert_true (g_str_has_prefix (spec->option, "--"));
      g_assert_nonnull (spec->label);
      g_assert_cmpfloat (spec->min, <, spec->max);
    }
}

static void
test_french (void)
{
  g_autoptr (GError) error = NULL;
  double value;

  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_false (ps_input_parse_field (PS_FIELD_DAYS_PER_YEAR, NULL, "400", &value, &error));
  g_assert_cmpstr (error->message, ==, "Jours facturés par an : 400 est hors limites (accepté : de 1 à 366)");
  g_clear_error (&error);
  g_assert_false (ps_input_parse_field (PS_FIELD_TJM, NULL, "abc", &value, &error));
  g_assert_cmpstr (error->message, ==, "TJM : « abc » n’est pas un nombre");
  /* after a colon, lower case */
  g_clear_error (&error);
  g_assert_false (ps_input_parse_field (PS_FIELD_TJM, NULL, " ", &value, &error));
  g_assert_cmpstr (error->message, ==, "TJM : une valeur est obligatoire");
  /* a true minus in the range */
  g_clear_error (&error);
  g_assert_false (ps_input_parse_number ("--tjm-growth-pct", "200", -50, 100, &value, &error));
  g_assert_cmpstr (error->message, ==, "--tjm-growth-pct : 200 est hors limites (accepté : de \u221250 à 100)");
  ps_test_set_locale ("C.UTF-8");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/inputs/cases", test_cases);
  g_test_add_func ("/ps/inputs/shown-name", test_shown_name);
  g_test_add_func ("/ps/inputs/specs", test_every_field_has_a_spec);
  g_test_add_func ("/ps/inputs/french", test_french);
  return g_test_run ();
}
