/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety: a writer killed with SIGKILL at random points leaves the
 * target either as it was or as the new version, never truncated. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ps-json.h"
#include "ps-test-utils.h"

#define SIZE (1 << 20)

static void
writer (const char *path)
{
  g_autofree char *a = g_malloc (SIZE);
  g_autofree char *b = g_malloc (SIZE);

  memset (a, 'A', SIZE);
  memset (b, 'B', SIZE);
  for (int i = 0;; i++)
    if (!ps_write_file_atomic (path, i % 2 ? b : a, SIZE, NULL))
      _exit (3);
}

static void
test_sigkill (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "scenario.json", NULL);
  g_autofree char *initial = g_malloc (SIZE);
  GRand *rand = g_rand_new_with_seed (20261129);

  memset (initial, 'A', SIZE);
  g_assert_true (ps_write_file_atomic (path, initial, SIZE, NULL));

  for (int round = 0; round < 25; round++)
    {
      g_autofree char *contents = NULL;
      gsize len = 0;
      pid_t pid = fork ();
      int status;

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        writer (path);
      g_usleep (g_rand_int_range (rand, 1000, 60000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_assert_true (WIFSIGNALED (status));

      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, ==, SIZE);
      for (gsize i = 1; i < len; i++)
        if (contents[i] != contents[0])
          g_error ("round %d: mixed contents at byte %" G_GSIZE_FORMAT, round, i);
      g_assert_true (contents[0] == 'A' || contents[0] == 'B');
    }

  /* the temporary files of killed writers are removed by the next write
   * (issue 15: 38 were left after 50 kills) */
  g_assert_true (ps_write_file_atomic (path, initial, SIZE, NULL));
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);

        g_assert_cmpstr (name, ==, "scenario.json");
        g_unlink (p);
      }
  }
  g_rmdir (dir);
  g_rand_free (rand);
}

static void
test_unwritable (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (ps_write_file_atomic ("/nonexistent-dir/x.json", "{}", -1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent-dir/x.json"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/atomic/sigkill", test_sigkill);
  g_test_add_func ("/ps/atomic/unwritable", test_unwritable);
  return g_test_run ();
}
