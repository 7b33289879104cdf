/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety of the exporter: `portage-cli export` killed with SIGKILL
 * at random points leaves the previous workbook or a complete new one,
 * never a truncated file. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ps-test-utils.h"

/* a complete zip (xlsx) ends with its end-of-central-directory record */
static gboolean
complete_zip (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL) || len < 1024)
    return FALSE;
  if (memcmp (data, "PK\x03\x04", 4) != 0)
    return FALSE;
  for (gsize i = len - 22; i + 4 <= len && i > len - 22 - 65536; i--)
    if (memcmp (data + i, "PK\x05\x06", 4) == 0)
      return TRUE;
  return FALSE;
}

/* the exports' own temporary folder: what they leave there is seen */
static char *export_tmpdir;

static GPid
spawn_export (const char *path,
              const char *tjm)
{
  g_auto (GStrv) envp = g_environ_setenv (g_get_environ (), "TMPDIR", export_tmpdir, TRUE);
  const char *argv[] = { g_getenv ("PORTAGE_CLI"), "export", "--tjm", tjm, "--days-per-year", "200",
                         "-o", path, NULL };
  g_autoptr (GError) error = NULL;
  GPid pid = 0;

  g_spawn_async (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL
                 | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static void
test_sigkill (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-export-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "simulation.xlsx", NULL);
  GRand *rand = g_rand_new_with_seed (29112026);
  int status, completed = 0;

  export_tmpdir = g_dir_make_tmp ("ps-export-tmp-XXXXXX", NULL);

  /* a first, complete workbook */
  waitpid (spawn_export (path, "500"), &status, 0);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (complete_zip (path));

  for (int round = 0; round < 20; round++)
    {
      GPid pid = spawn_export (path, round % 2 ? "650" : "720");

      g_usleep (g_rand_int_range (rand, 500, 40000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      if (WIFEXITED (status))
        completed++;
      g_spawn_close_pid (pid);
      /* the old workbook or the new one, complete either way */
      g_assert_true (complete_zip (path));
    }
  g_test_message ("%d of 20 exports finished before the kill", completed);

  /* a normal run after the kills leaves nothing behind: neither the
   * killed runs' hidden files next to the workbook nor their folders in
   * the temporary directory (issue 15: 38 after 50 kills) */
  waitpid (spawn_export (path, "610"), &status, 0);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);

        g_assert_cmpstr (name, ==, "simulation.xlsx");
        g_unlink (p);
      }
  }
  {
    g_autoptr (GDir) d = g_dir_open (export_tmpdir, 0, NULL);
    const char *name = g_dir_read_name (d);

    if (name != NULL)
      g_error ("left in the temporary directory: %s", name);
  }
  g_rmdir (export_tmpdir);
  g_clear_pointer (&export_tmpdir, g_free);
  g_rmdir (dir);
  g_rand_free (rand);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/export/sigkill", test_sigkill);
  return g_test_run ();
}
