/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli's printed tables as a reader sees them: the same figures as
 * the comparison, columns that line up in French and English, deductions
 * with a true minus, a clear message for an output name it can't write. */
#include "config.h"

#include <cJSON.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ps-test-utils.h"

#define MINUS "\u2212"

/* The amount that starts @text ("−3 952,74 €", "3952.74 €"), and where it
 * ends, in @end. */
static double
parse_amount (const char  *text,
              const char **end)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  const char *p = text;

  while (*p == ' ')
    p++;
  for (; *p != '\0' && !g_str_has_prefix (p, "€"); p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2212 || c == '-')
        g_string_append_c (digits, '-');
      else if (c == ',' || c == '.')
        g_string_append_c (digits, '.');
      else if (g_unichar_isdigit (c))
        g_string_append_c (digits, (char) c);
      else
        g_assert_true (c == ' ' || c == 0x202f || c == 0xa0);
    }
  g_assert_true (g_str_has_prefix (p, "€"));
  *end = p + strlen ("€");
  g_assert_cmpuint (digits->len, >, 0);
  return g_ascii_strtod (digits->str, NULL);
}

/* The row @label of a two-column table in @out (its last line when the
 * label wraps): its monthly and yearly amounts; FALSE if there is none. */
static gboolean
find_row (const char *out,
          const char *label,
          double     *monthly,
          double     *yearly)
{
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  g_autofree char *start = g_strconcat ("  ", label, " ", NULL);

  for (int i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], start))
      {
        const char *end;

        *monthly = parse_amount (lines[i] + strlen (start), &end);
        *yearly = parse_amount (end, &end);
        return TRUE;
      }
  return FALSE;
}

static cJSON *
compare_portage (const char *tjm,
                 const char *extra)
{
  g_auto (PsTestRun) r = { 0 };
  cJSON *o;

  ps_test_run_cli (&r, NULL, "compare", "--tjm", tjm, "--days-per-year", "200", "--json", extra, NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  return o;
}

/* `portage` counts the réserve in the net as `compare`, the window and the
 * workbook do: its "Net after income tax" is compare's portage net, to the
 * cent, and it prints the réserve's line (issue 13, brief). */
static void
test_portage_net_is_compare_net (void)
{
  static const char *tjms[] = { "300", "450", "550", "800", "1200" };

  for (guint i = 0; i < G_N_ELEMENTS (tjms); i++)
    {
      g_auto (PsTestRun) r = { 0 };
      g_autoptr (cJSON) o = compare_portage (tjms[i], NULL);
      cJSON *portage = cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "portage");
      double monthly, yearly, reserve_m, reserve_y, salary_m, salary_y, before_m, before_y;

      ps_test_run_cli (&r, NULL, "portage", "--tjm", tjms[i], "--days-per-year", "200", NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (find_row (r.out, "Net after income tax", &monthly, &yearly));
      g_test_message ("TJM %s: portage %.2f, compare %.2f", tjms[i], monthly,
                      ps_test_json_number (portage, "net_after_tax_monthly"));
      g_assert_cmpfloat (fabs (monthly - ps_test_json_number (portage, "net_after_tax_monthly")), <, 0.006);
      g_assert_cmpfloat (fabs (yearly - ps_test_json_number (portage, "net_after_tax_yearly")), <, 0.006);

      /* the réserve's line, and the net before tax that adds it to the
       * net salary */
      g_assert_true (find_row (r.out, "Réserve, net, when paid", &reserve_m, &reserve_y));
      g_assert_cmpfloat (reserve_m, >, 0);
      g_assert_true (find_row (r.out, "Net salary", &salary_m, &salary_y));
      g_assert_true (find_row (r.out, "Net before income tax", &before_m, &before_y));
      g_assert_cmpfloat (fabs (salary_m + reserve_m - before_m), <, 0.015);
      g_assert_cmpfloat (fabs (before_y - ps_test_json_number (portage, "net_before_tax_yearly")), <, 0.006);
    }

  /* without a réserve: no réserve line, and still compare's net */
  {
    g_auto (PsTestRun) r = { 0 };
    g_autoptr (cJSON) o = compare_portage ("550", "--no-reserve");
    cJSON *portage = cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "portage");
    double monthly, yearly;

    ps_test_run_cli (&r, NULL, "portage", "--tjm", "550", "--days-per-year", "200", "--no-reserve", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_null (strstr (r.out, "Réserve, net, when paid"));
    g_assert_true (find_row (r.out, "Net after income tax", &monthly, &yearly));
    g_assert_cmpfloat (fabs (monthly - ps_test_json_number (portage, "net_after_tax_monthly")), <, 0.006);
  }

  /* in French, with the window's words */
  if (ps_test_require_french ())
    {
      g_auto (PsTestRun) r = { 0 };
      g_autoptr (cJSON) o = compare_portage ("550", NULL);
      cJSON *portage = cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "portage");
      double monthly, yearly;

      ps_test_run_cli (&r, "fr_FR.UTF-8", "portage", "--tjm", "550", "--days-per-year", "200", NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_nonnull (strstr (r.out, "Réserve nette, à son versement"));
      g_assert_true (find_row (r.out, "Net après impôt", &monthly, &yearly));
      g_assert_cmpfloat (fabs (monthly - ps_test_json_number (portage, "net_after_tax_monthly")), <, 0.006);
    }
}

/* The rates' table: the value, date and source columns start at the same
 * character in every row, whatever the label's length, in English and in
 * French (a long label wraps under itself). */
static void
check_rates_columns (const char *locale)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (GStrv) lines = NULL;
  g_autoptr (GRegex) date = g_regex_new ("  (\\d{4}-\\d{2}-\\d{2}) +\\S", 0, 0, NULL);
  long column = -1;
  int rows = 0, wrapped = 0;

  ps_test_run_cli (&r, locale, "rates", "--date", "2026-07-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  for (int i = 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_autoptr (GMatchInfo) m = NULL;
      int start;

      if (!g_regex_match (date, lines[i], 0, &m))
        {
          /* a wrapped label's next line, or a scale's value: indented
           * deeper than a row, and never as long as the label column */
          g_assert_true (g_str_has_prefix (lines[i], "    "));
          wrapped++;
          continue;
        }
      g_match_info_fetch_pos (m, 1, &start, NULL);
      if (column < 0)
        column = g_utf8_pointer_to_offset (lines[i], lines[i] + start);
      g_assert_cmpint (g_utf8_pointer_to_offset (lines[i], lines[i] + start), ==, column);
      /* the value ends two characters before the date (right-aligned) */
      g_assert_true (lines[i][start - 1] == ' ' && lines[i][start - 2] == ' ');
      rows++;
    }
  g_test_message ("%s: %d rows, dates at column %ld, %d continuation lines", locale != NULL ? locale : "C",
                  rows, column, wrapped);
  g_assert_cmpint (rows, >, 100);
  g_assert_cmpint (wrapped, >, 0);
  /* the header's "since" column is the dates' */
  {
    const char *since = locale != NULL ? "En vigueur depuis" : "In force since";
    const char *at = strstr (lines[1], since);

    g_assert_nonnull (at);
    g_assert_cmpint (g_utf8_pointer_to_offset (lines[1], at), ==, column);
  }
}

static void
test_rates_columns (void)
{
  check_rates_columns (NULL);
  if (ps_test_require_french ())
    check_rates_columns ("fr_FR.UTF-8");
}

/* export -o with a name it can't write as the user means: exit status 2,
 * the option and the accepted extensions named, translated, and no file
 * written */
static void
test_export_unknown_extension (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-cli-output-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "comparison.txt", NULL);

  {
    g_auto (PsTestRun) r = { 0 };

    ps_test_run_cli (&r, NULL, "export", "--tjm", "550", "--days-per-year", "200", "-o", path, NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "-o"));
    g_assert_nonnull (strstr (r.err, ".txt"));
    g_assert_nonnull (strstr (r.err, ".xlsx, .csv or .json"));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  if (ps_test_require_french ())
    {
      g_auto (PsTestRun) r = { 0 };

      ps_test_run_cli (&r, "fr_FR.UTF-8", "export", "--tjm", "550", "--days-per-year", "200", "-o", path, NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_nonnull (strstr (r.err, "extension de fichier inconnue"));
      g_assert_nonnull (strstr (r.err, ".xlsx, .csv ou .json"));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  /* the format given: the name is the user's */
  {
    g_auto (PsTestRun) r = { 0 };

    ps_test_run_cli (&r, NULL, "export", "--tjm", "550", "--days-per-year", "200", "--csv", "-o", path, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    g_unlink (path);
  }
  g_rmdir (dir);
}

/* salary: from the employer's cost to the net, every deduction with a true
 * minus (U+2212), never a hyphen, in English and French */
static void
check_salary_signs (const char *locale,
                    const char *const *deductions,
                    const char *const *positives)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (GRegex) hyphen = g_regex_new ("-\\d", 0, 0, NULL);

  ps_test_run_cli (&r, locale, "salary", "--gross-monthly", "5000", "--date", "2026-07-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_false (g_regex_match (hyphen, r.out, 0, NULL));
  for (int i = 0; deductions[i] != NULL; i++)
    {
      double m, y;

      g_assert_true (find_row (r.out, deductions[i], &m, &y));
      g_assert_cmpfloat (m, <, 0);
      g_assert_cmpfloat (y, <, 0);
    }
  for (int i = 0; positives[i] != NULL; i++)
    {
      double m, y;

      g_assert_true (find_row (r.out, positives[i], &m, &y));
      g_assert_cmpfloat (m, >, 0);
    }
  /* the RGDU, a reduction: a true minus on its rate and amount */
  {
    const char *rgdu = strstr (r.out, "(RGDU)");
    g_autofree char *line = NULL;

    g_assert_nonnull (rgdu);
    line = g_strndup (rgdu, strcspn (rgdu, "\n"));
    g_assert_nonnull (strstr (line, MINUS));
  }
}

static void
test_salary_signs (void)
{
  static const char *const en_minus[] = { "Employer contributions", "Employee contributions", "Income tax (scale)", NULL };
  static const char *const en_plus[] = { "Employer cost", "Gross salary", "Net before income tax", "Net after income tax", NULL };
  static const char *const fr_minus[] = { "Cotisations patronales", "Cotisations salariales", "Impôt sur le revenu (barème)", NULL };
  static const char *const fr_plus[] = { "Coût employeur", "Salaire brut", "Net avant impôt", "Net après impôt", NULL };

  check_salary_signs (NULL, en_minus, en_plus);
  if (ps_test_require_french ())
    check_salary_signs ("fr_FR.UTF-8", fr_minus, fr_plus);
}

/* The EURL's health budget: paid from the net, Madelin contracts, as the
 * window says it */
static void
test_eurl_health_words (void)
{
  g_auto (PsTestRun) en = { 0 };
  double m, y;

  ps_test_run_cli (&en, NULL, "eurl", "--remuneration-yearly", "40000", "--health-budget-yearly", "1200", NULL);
  g_assert_cmpint (en.status, ==, 0);
  g_assert_true (find_row (en.out, "net, Madelin contracts)", &m, &y));
  g_assert_nonnull (strstr (en.out, "Health cover and prévoyance (paid from the"));
  g_assert_cmpfloat (fabs (y + 1200), <, 0.006);
  if (ps_test_require_french ())
    {
      g_auto (PsTestRun) fr = { 0 };

      ps_test_run_cli (&fr, "fr_FR.UTF-8", "eurl", "--remuneration-yearly", "40000", "--health-budget-yearly", "1200", NULL);
      g_assert_cmpint (fr.status, ==, 0);
      g_assert_nonnull (strstr (fr.out, "Mutuelle et prévoyance (payées sur le net,"));
      g_assert_nonnull (strstr (fr.out, "contrats Madelin)"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-output/portage-net-is-compare-net", test_portage_net_is_compare_net);
  g_test_add_func ("/cli-output/rates-columns", test_rates_columns);
  g_test_add_func ("/cli-output/export-unknown-extension", test_export_unknown_extension);
  g_test_add_func ("/cli-output/salary-signs", test_salary_signs);
  g_test_add_func ("/cli-output/eurl-health-words", test_eurl_health_words);
  return g_test_run ();
}
