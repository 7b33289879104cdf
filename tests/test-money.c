/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ps-error.h"
#include "ps-money.h"
#include "ps-test-utils.h"

static void
test_round (void)
{
  g_assert_cmpfloat (ps_round_cents (1.005), ==, 1.01);      /* half up, like Math.round */
  g_assert_cmpfloat (ps_round_cents (2.675), ==, 2.68);      /* DBL_EPSILON nudges binary ties */
  g_assert_cmpfloat (ps_round_cents (-1.234), ==, -1.23);
  g_assert_cmpfloat (ps_round_to (0.33459, 4), ==, 0.3346);
  g_assert_cmpfloat (ps_round_euros (6886.84), ==, 6887);
  g_assert_cmpfloat (ps_round_euros (6886.49), ==, 6886);
}

static void
test_parse (void)
{
  static const struct { const char *text; double value; } ok[] = {
    { "550", 550 }, { "550,50", 550.5 }, { "550.50", 550.5 }, { "1 200", 1200 },
    { "1\u00a0200,5", 1200.5 }, { "12\u202f345,67 €", 12345.67 }, { "1,200.50", 1200.5 },
    { "1.200,50", 1200.5 }, { " 42 ", 42 }, { "-5", -5 }, { "0", 0 },
    { "€12,345.67", 12345.67 }, { "1 200 €", 1200 }, { "+5", 5 }, { ".5", 0.5 },
    { "1,200,000", 1200000 }, { "1 234 567,5", 1234567.5 }, { "1'200.50", 1200.5 },
    { "\u22125", -5 },
  };
  /* issue 15: a currency sign at one end only, grouping separators only
   * between groups of three, one decimal separator with digits after it */
  static const char *bad[] = { "abc", "12abc", "1,2,3", "1.2.3", "NaN", "inf", "1e5", "--5", "5 %", "1-2",
                               "1,2.3", "1.2,3", "5.,5", "5€5€0", "5 5 0", "5\t5\t0", "€5€", "5.", "1 2345",
                               "12 34", "1,200.50.5", "1.200 300", "0x10", "1_000", "5,,5" };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr (GError) error = NULL;
      double v = -1;

      g_assert_true (ps_parse_amount (ok[i].text, &v, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (v, ok[i].value, 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      double v = -1;

      g_assert_false (ps_parse_amount (bad[i], &v, &error));
      g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER);
    }
  {
    g_autoptr (GError) error = NULL;
    double v;

    /* a lone separator before three digits: "1,200" in the C locale (whose
     * decimal point is '.') could be 1 200 or 1,2: refused */
    g_assert_false (ps_parse_amount ("1,200", &v, &error));
    g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER);
    g_clear_error (&error);
    g_assert_true (ps_parse_amount ("1.200", &v, &error));
    g_assert_cmpfloat_with_epsilon (v, 1.2, 1e-12);
    g_assert_true (ps_parse_amount ("0,125", &v, &error) || (g_clear_error (&error), TRUE));
    g_clear_error (&error);

    g_assert_false (ps_parse_amount ("", &v, &error));
    g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY);
    g_clear_error (&error);
    g_assert_false (ps_parse_amount ("   ", &v, &error));
    g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY);
    g_clear_error (&error);
    g_assert_false (ps_parse_amount ("€", &v, &error));
    g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY);
  }
}

static void
test_format_c (void)
{
  g_autofree char *a = NULL;

  g_assert_true (ps_test_set_locale ("C.UTF-8"));
  a = ps_format_money (12345.678);
  g_assert_cmpstr (a, ==, "12345.68\u202f€");
}

static void
test_format_fr (void)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  a = ps_format_money (12345.67);
  b = ps_format_money (-1234.5);
  c = ps_format_percent (7, 1);
  d = ps_format_money (0.004);
  /* the locale's own grouping (U+202F) and decimal comma */
  g_assert_cmpstr (a, ==, "12\u202f345,67\u202f€");
  g_assert_true (g_str_has_prefix (b, "-1\u202f234,50"));
  g_assert_cmpstr (c, ==, "7,0\u202f%");
  g_assert_cmpstr (d, ==, "0,00\u202f€");
  ps_test_set_locale ("C.UTF-8");
}

/* The window's amounts: a true minus sign; in a sentence, whole euros
 * without ",00" (French typography: « 83 600 € », « −834,31 € »). */
static void
test_format_display (void)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *f = NULL;

  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  a = ps_format_money_display (-834.31);
  b = ps_format_money_prose (83600);
  c = ps_format_money_prose (41250.5);
  d = ps_format_money_display (-0.001);
  g_assert_cmpstr (a, ==, "\u2212834,31\u202f€");
  g_assert_cmpstr (b, ==, "83\u202f600\u202f€");
  g_assert_cmpstr (c, ==, "41\u202f250,50\u202f€");
  g_assert_cmpstr (d, ==, "0,00\u202f€");
  if (!ps_test_set_locale ("en_US.UTF-8"))
    {
      g_test_fail_printf ("the en_US.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  e = ps_format_money_display (-1234.5);
  f = ps_format_money_prose (83600);
  g_assert_cmpstr (e, ==, "\u2212€1,234.50");
  g_assert_cmpstr (f, ==, "€83,600");
  ps_test_set_locale ("C.UTF-8");
}

static void
test_parse_fr (void)
{
  g_autoptr (GError) error = NULL;
  double v;

  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  /* in French the comma is the decimal point: "1,250" is 1,25 */
  g_assert_true (ps_parse_amount ("1,250", &v, &error));
  g_assert_cmpfloat_with_epsilon (v, 1.25, 1e-12);
  /* and "1.200" is ambiguous there */
  g_assert_false (ps_parse_amount ("1.200", &v, &error));
  g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER);
  ps_test_set_locale ("C.UTF-8");
}

/* In English the comma groups thousands: what the window writes in a
 * field ("48,060") reads back as it was, not as ambiguous; elsewhere
 * "1,200" stays refused rather than guessed. */
static void
test_parse_en (void)
{
  static const double values[] = { 48060, 1200, 1234.5, 999, 1000000, 83600.25 };
  g_autoptr (GError) error = NULL;
  double v;

  if (!ps_test_set_locale ("en_US.UTF-8"))
    {
      g_test_fail_printf ("the en_US.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  g_assert_true (ps_parse_amount ("48,060", &v, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (v, ==, 48060);
  g_assert_true (ps_parse_amount ("1.200", &v, &error));
  g_assert_cmpfloat_with_epsilon (v, 1.2, 1e-12);
  /* a comma before one or two digits is still the French decimal */
  g_assert_true (ps_parse_amount ("1,5", &v, &error));
  g_assert_cmpfloat_with_epsilon (v, 1.5, 1e-12);
  /* but not a group of four digits before it */
  g_assert_false (ps_parse_amount ("1234,567", &v, &error));
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      int decimals = values[i] == floor (values[i]) ? 0 : 2;
      g_autofree char *text = ps_format_number (values[i], decimals);

      g_assert_true (ps_parse_amount (text, &v, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (v, ==, values[i]);
    }
  ps_test_set_locale ("C.UTF-8");
  g_assert_false (ps_parse_amount ("1,200", &v, &error));
  g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER);
}

static void
test_format_en (void)
{
  g_autofree char *a = NULL;

  if (!ps_test_set_locale ("en_US.UTF-8"))
    {
      g_test_fail_printf ("the en_US.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  a = ps_format_money (12345.67);
  g_assert_cmpstr (a, ==, "€12,345.67");
  ps_test_set_locale ("C.UTF-8");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/money/round", test_round);
  g_test_add_func ("/ps/money/parse", test_parse);
  g_test_add_func ("/ps/money/format-c", test_format_c);
  g_test_add_func ("/ps/money/format-fr", test_format_fr);
  g_test_add_func ("/ps/money/format-en", test_format_en);
  g_test_add_func ("/ps/money/format-display", test_format_display);
  g_test_add_func ("/ps/money/parse-fr", test_parse_fr);
  g_test_add_func ("/ps/money/parse-en", test_parse_en);
  return g_test_run ();
}
