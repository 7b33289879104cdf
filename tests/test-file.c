/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules of the files the application reads and writes (issue 15):
 * regular files only, symlinks written through, mode and hard links
 * kept, no temporary file left behind, scenario files keep what they
 * don't know and a file that is not a scenario is not replaced. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ps-file.h"
#include "ps-scenario.h"
#include "ps-rates.h"
#include "ps-test-utils.h"

static char *
make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("ps-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
read_all (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in @dir, sorted, joined with spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
write_ok (const char *path,
          const char *text)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (ps_file_write (path, text, strlen (text), &error));
  g_assert_no_error (error);
}

static void
test_symlink_written_through (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *target = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  struct stat st;

  write_ok (target, "old");
  g_assert_cmpint (symlink ("real.json", link), ==, 0);  /* relative */
  write_ok (link, "new");
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  contents = read_all (target);
  g_assert_cmpstr (contents, ==, "new");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "link.json real.json");

  /* a dangling link: its target is created */
  g_unlink (target);
  write_ok (link, "created");
  g_clear_pointer (&contents, g_free);
  contents = read_all (target);
  g_assert_cmpstr (contents, ==, "created");
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));

  ps_file_remove_tree (dir);
}

static void
test_symlink_loop (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = g_build_filename (dir, "a", NULL);
  g_autofree char *b = g_build_filename (dir, "b", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (symlink ("b", a), ==, 0);
  g_assert_cmpint (symlink ("a", b), ==, 0);
  g_assert_false (ps_file_write (a, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP);
  ps_file_remove_tree (dir);
}

static void
test_mode_kept (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "private.json", NULL);
  struct stat st;

  write_ok (path, "secret");
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  write_ok (path, "still secret");
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  write_ok (path, "group");
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  ps_file_remove_tree (dir);
}

static void
test_hard_link_kept (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  struct stat sa, sb;

  write_ok (a, "one");
  g_assert_cmpint (link (a, b), ==, 0);
  write_ok (a, "two");
  contents = read_all (b);
  g_assert_cmpstr (contents, ==, "two");
  g_assert_cmpint (stat (a, &sa), ==, 0);
  g_assert_cmpint (stat (b, &sb), ==, 0);
  g_assert_cmpuint (sa.st_ino, ==, sb.st_ino);
  g_assert_cmpuint (sa.st_nlink, ==, 2);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "a.json b.json");
  ps_file_remove_tree (dir);
}

static void
test_not_regular (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *names = NULL;
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (ps_file_write (fifo, "x", 1, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
    g_assert_nonnull (strstr (error->message, "not a regular file"));
  }
  {
    /* reading a FIFO must not wait for a writer */
    g_autoptr (GError) error = NULL;

    g_assert_false (ps_file_read (fifo, 1024, &contents, NULL, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  }
  g_assert_cmpint (stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (ps_file_write ("/dev/null", "x", 1, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
    g_assert_cmpint (stat ("/dev/null", &st), ==, 0);
    g_assert_true (S_ISCHR (st.st_mode));
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (ps_file_write (dir, "x", 1, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  }
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "pipe");
  ps_file_remove_tree (dir);
}

static void
test_read_limit (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "x", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize len = 0;

  write_ok (path, "0123456789");
  g_assert_true (ps_file_read (path, 10, &contents, &len, &error));
  g_assert_cmpuint (len, ==, 10);
  g_clear_pointer (&contents, g_free);
  g_assert_false (ps_file_read (path, 9, &contents, &len, &error));
  g_assert_nonnull (strstr (error->message, "too large"));
  ps_file_remove_tree (dir);
}

/* What a killed writer left (its process gone) is removed by the next
 * write; a live process's file is not touched. */
static void
test_stale_temporaries (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *dead = g_build_filename (dir, ".out.xlsx.portage-2147483646-AbCdEf", NULL);
  g_autofree char *live_name = g_strdup_printf (".out.xlsx.portage-%d-AbCdEf", (int) getppid ());
  g_autofree char *live = g_build_filename (dir, live_name, NULL);
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;

  write_ok (dead, "half");
  write_ok (live, "in progress");
  write_ok (path, "whole");
  names = list_dir (dir);
  expected = g_strdup_printf ("%s out.xlsx", live_name);
  g_assert_cmpstr (names, ==, expected);
  ps_file_remove_tree (dir);
}

static void
test_temp_dir (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *stale = g_build_filename (g_get_tmp_dir (), "portage-test-2147483646-XyZ123", NULL);
  g_autofree char *inside = g_build_filename (stale, "part", NULL);
  g_autofree char *dir = NULL;

  g_assert_cmpint (g_mkdir_with_parents (stale, 0700), ==, 0);
  write_ok (inside, "x");
  dir = ps_file_make_temp_dir ("test", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  ps_file_remove_tree (dir);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_strict_json (void)
{
  static const char *bad[] = { "{} x", "{\"a\": 1, \"a\": 2}", "{\"o\": {\"b\": 1, \"b\": 1}}", "[{\"c\": 1, \"c\": 1}]", "" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *problem = NULL;

      g_assert_null (ps_json_parse_strict (bad[i], strlen (bad[i]), &problem));
      g_assert_nonnull (problem);
    }
  {
    g_autofree char *problem = NULL;
    cJSON *ok = ps_json_parse_strict ("{\"a\": {\"a\": 1}}  \n", 17, &problem);

    g_assert_nonnull (ok);
    cJSON_Delete (ok);
  }
  {
    g_autofree char *problem = NULL;

    g_assert_null (ps_json_parse_strict ("{}\0junk", 7, &problem));
    g_assert_nonnull (strstr (problem, "NUL"));
  }
}

static void
scenario_defaults (PsScenarioFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = ps_rates_new_embedded (2026, &error);

  g_assert_no_error (error);
  ps_scenario_file_init (file, ps_rates_resolve (rates, PS_DATE (2026, 1, 1), NULL));
}

static void
test_scenario_keeps_unknown_keys (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "mission.json", NULL);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  PsScenarioFile file;
  struct stat st;

  write_ok (path, "{\"format\": 1, \"tjm\": 600, \"notes\": \"client X, renewal in June\", \"tags\": [1, 2]}\n");
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  scenario_defaults (&file);
  g_assert_true (ps_scenario_file_load (&file, path, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (file.scenario.tjm, ==, 600);
  file.scenario.tjm = 650;
  g_assert_true (ps_scenario_file_save (&file, path, &error));
  g_assert_no_error (error);
  after = read_all (path);
  g_assert_nonnull (strstr (after, "\"notes\":\t\"client X, renewal in June\""));
  g_assert_nonnull (strstr (after, "\"tags\""));
  g_assert_nonnull (strstr (after, "\"tjm\":\t650"));
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  ps_file_remove_tree (dir);
}

static void
test_scenario_not_replaced (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *after = NULL;
  PsScenarioFile file;

  scenario_defaults (&file);
  write_ok (path, "my notes, not JSON at all\n");
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (ps_scenario_file_save (&file, path, &error));
    g_assert_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_NOT_SCENARIO);
    after = read_all (path);
    g_assert_cmpstr (after, ==, "my notes, not JSON at all\n");
  }
  {
    /* JSON, but not a scenario: not replaced either */
    g_autoptr (GError) error = NULL;

    write_ok (path, "{\"name\": \"package\"}");
    g_assert_false (ps_scenario_file_save (&file, path, &error));
    g_assert_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_NOT_SCENARIO);
  }
  {
    /* the user agreed */
    g_autoptr (GError) error = NULL;

    g_assert_true (ps_scenario_file_save_full (&file, path, PS_SCENARIO_SAVE_REPLACE, &error));
    g_assert_no_error (error);
    g_clear_pointer (&after, g_free);
    after = read_all (path);
    g_assert_true (g_str_has_prefix (after, "{\n\t\"format\":\t1"));
  }
  ps_file_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/file/symlink-written-through", test_symlink_written_through);
  g_test_add_func ("/ps/file/symlink-loop", test_symlink_loop);
  g_test_add_func ("/ps/file/mode-kept", test_mode_kept);
  g_test_add_func ("/ps/file/hard-link-kept", test_hard_link_kept);
  g_test_add_func ("/ps/file/not-regular", test_not_regular);
  g_test_add_func ("/ps/file/read-limit", test_read_limit);
  g_test_add_func ("/ps/file/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/ps/file/temp-dir", test_temp_dir);
  g_test_add_func ("/ps/file/strict-json", test_strict_json);
  g_test_add_func ("/ps/file/scenario-keeps-unknown-keys", test_scenario_keeps_unknown_keys);
  g_test_add_func ("/ps/file/scenario-not-replaced", test_scenario_not_replaced);
  return g_test_run ();
}
