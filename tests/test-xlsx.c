/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The export library and `portage-cli export`: the file is complete or
 * absent, errors are clear, exit codes. (The workbook's contents and its
 * formulas are checked by test-xlsx-roundtrip.py with LibreOffice.) */
#include "config.h"

#include <cJSON.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ps-comparison.h"
#include "ps-export.h"
#include "ps-test-utils.h"
#include "ps-xlsx-export.h"

typedef struct
{
  PsRates        *rates;
  const PsParams *params;
  PsComparison   *comparison;
  char           *dir;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  PsScenario s;

  f->rates = ps_rates_new_for_year (2026, &error);
  g_assert_no_error (error);
  f->params = ps_rates_resolve (f->rates, PS_DATE (2026, 3, 1), &error);
  g_assert_no_error (error);
  ps_scenario_init (&s, f->params);
  s.tjm = 550;
  s.days_per_year = 200;
  f->comparison = g_new0 (PsComparison, 1);
  ps_comparison_compute (f->params, &s, f->comparison);
  f->dir = g_dir_make_tmp ("test-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_chmod (child, 0755);
      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_chmod (f->dir, 0755);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->comparison);
  ps_rates_unref (f->rates);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_xlsx (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 10000);
  g_assert_cmpmem (contents, 4, "PK\003\004", 4);
}

static void
test_write (Fixture      *f,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "comparison.xlsx", NULL);
  g_autofree char *listing = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (ps_xlsx_export (f->comparison, f->params, f->rates, path, &error));
  g_assert_no_error (error);
  g_test_message ("export took %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  assert_xlsx (path);
  /* no temporary file left next to it */
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "comparison.xlsx");
}

static void
test_overwrite (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "old.xlsx", NULL);
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (path, "an older file", -1, NULL));
  g_assert_true (ps_xlsx_export (f->comparison, f->params, f->rates, path, &error));
  g_assert_no_error (error);
  assert_xlsx (path);
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "old.xlsx");
}

static void
assert_write_fails (Fixture    *f,
                    const char *path,
                    const char *expected_listing)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *display = g_filename_display_name (path);

  g_assert_false (ps_xlsx_export (f->comparison, f->params, f->rates, path, &error));
  g_assert_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE);
  /* the message names the file */
  g_assert_nonnull (strstr (error->message, display));
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, expected_listing);
}

static void
test_missing_folder (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "out.xlsx", NULL);

  assert_write_fails (f, path, "");
}

static void
test_not_a_folder (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *file = g_build_filename (f->dir, "file", NULL);
  g_autofree char *path = g_build_filename (file, "out.xlsx", NULL);

  g_assert_true (g_file_set_contents (file, "", 0, NULL));
  assert_write_fails (f, path, "file");
}

static void
test_path_is_folder (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "folder.xlsx", NULL);

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  assert_write_fails (f, path, "folder.xlsx");
}

static void
test_read_only_folder (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.xlsx", NULL);

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders");
      return;
    }
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  assert_write_fails (f, path, "");
}

/* A full disk, simulated by a file-size limit: writes past it fail with
 * EFBIG (SIGXFSZ ignored). */
static void
limit_file_size (rlim_t bytes)
{
  struct rlimit rl = { bytes, bytes };

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

static void
test_disk_full (Fixture      *f,
                gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *path = g_build_filename (f->dir, "full.xlsx", NULL);
      g_autofree char *big = g_strnfill (200000, 'x');
      g_autofree char *text = g_build_filename (f->dir, "full.csv", NULL);
      g_autofree char *listing = NULL;

      limit_file_size (20000);
      g_assert_false (ps_xlsx_export (f->comparison, f->params, f->rates, path, &error));
      g_assert_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE);
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);
      g_assert_false (ps_export_write_file (text, big, strlen (big), &error));
      g_assert_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE);
      g_printerr ("%s\n", error->message);
      listing = list_dir (f->dir);
      g_assert_cmpstr (listing, ==, "");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Cannot write*");
}

static void
test_csv (Fixture      *f,
          gconstpointer data)
{
  g_autofree char *csv = ps_export_comparison_csv (f->comparison);
  g_auto (GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, PS_N_STATUSES + 2); /* header, rows, "" */
  g_assert_true (g_str_has_prefix (lines[0], "status,name,revenue_yearly,"));
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_auto (GStrv) cells = NULL;
      g_autofree char *net = NULL;
      const PsStatusResult *r = &f->comparison->statuses[i];

      g_assert_true (g_str_has_prefix (lines[i + 1], ps_status_id (i)));
      /* the name is quoted and has no comma: split on commas */
      cells = g_strsplit (lines[i + 1], ",", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, 18);
      ps_assert_euros (g_ascii_strtod (cells[9], NULL), r->net_after_tax_yearly, 0.005, "net after tax");
      ps_assert_euros (g_ascii_strtod (cells[10], NULL), r->net_after_tax_monthly, 0.005, "net per month");
      ps_assert_euros (g_ascii_strtod (cells[12], NULL), r->health_yearly, 0.005, "health cover");
      g_assert_cmpstr (cells[17], ==, i == (int) f->comparison->best ? "true" : "false");
    }
}

/* ------------------------------------------------------------ the CLI */

static void
test_cli_xlsx (Fixture      *f,
               gconstpointer data)
{
  g_auto (PsTestRun) r = { 0 };
  g_autofree char *path = g_build_filename (f->dir, "cli.xlsx", NULL);

  ps_test_run_cli (&r, NULL, "export", "--tjm", "550", "--days-per-year", "200", "-o", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  assert_xlsx (path);
}

static void
test_cli_unwritable (Fixture      *f,
                     gconstpointer data)
{
  g_auto (PsTestRun) r = { 0 };
  g_autofree char *path = g_build_filename (f->dir, "missing", "cli.xlsx", NULL);
  g_autofree char *listing = NULL;

  ps_test_run_cli (&r, NULL, "export", "--tjm", "550", "--days-per-year", "200", "-o", path, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, path));
  g_assert_nonnull (strstr (r.err, "folder does not exist"));
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_cli_csv_json (Fixture      *f,
                   gconstpointer data)
{
  g_auto (PsTestRun) csv = { 0 };
  g_auto (PsTestRun) json = { 0 };
  g_auto (PsTestRun) both = { 0 };
  g_auto (PsTestRun) none = { 0 };
  g_auto (PsTestRun) file = { 0 };
  g_autofree char *path = g_build_filename (f->dir, "cmp.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (cJSON) obj = NULL;

  ps_test_run_cli (&csv, NULL, "export", "--tjm", "550", "--days-per-year", "200", "--csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "status,name,"));
  g_assert_nonnull (strstr (csv.out, "\r\nportage,"));
  g_assert_nonnull (strstr (csv.out, "\r\ncdi,"));

  ps_test_run_cli (&json, NULL, "export", "--tjm", "550", "--days-per-year", "200", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  obj = cJSON_Parse (json.out);
  g_assert_nonnull (cJSON_GetObjectItem (cJSON_GetObjectItem (obj, "statuses"), "portage"));

  /* the format follows the file's extension */
  ps_test_run_cli (&file, NULL, "export", "--tjm", "550", "--days-per-year", "200", "-o", path, NULL);
  g_assert_cmpint (file.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (contents[0], ==, '{');

  ps_test_run_cli (&both, NULL, "export", "--tjm", "550", "--days-per-year", "200", "--csv", "--json", NULL);
  g_assert_cmpint (both.status, ==, 2);
  ps_test_run_cli (&none, NULL, "export", "--tjm", "550", "--days-per-year", "200", NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "-o"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/ps/xlsx/write", test_write);
  ADD ("/ps/xlsx/overwrite", test_overwrite);
  ADD ("/ps/xlsx/missing-folder", test_missing_folder);
  ADD ("/ps/xlsx/not-a-folder", test_not_a_folder);
  ADD ("/ps/xlsx/path-is-folder", test_path_is_folder);
  ADD ("/ps/xlsx/read-only-folder", test_read_only_folder);
  ADD ("/ps/xlsx/disk-full", test_disk_full);
  ADD ("/ps/xlsx/csv", test_csv);
  ADD ("/ps/xlsx/cli-xlsx", test_cli_xlsx);
  ADD ("/ps/xlsx/cli-unwritable", test_cli_unwritable);
  ADD ("/ps/xlsx/cli-csv-json", test_cli_csv_json);
#undef ADD
  return g_test_run ();
}
