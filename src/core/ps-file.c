/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ps-file.h"

#define MAX_LINKS 40
#define TEMP_TAG  ".portage-"

/* ------------------------------------------------------------------ errors */

/* The system's words, in the user's terms (and never the name of a
 * temporary file). */
static const char *
reason (int saved_errno,
        gboolean writing)
{
  switch (saved_errno)
    {
    case ENOENT: return writing ? _("the folder does not exist") : _("the file does not exist");
    case ENOTDIR: return _("a part of the path is not a folder");
    case EACCES:
    case EPERM: return _("permission denied");
    case EROFS: return _("the disk is read-only");
    case ENOSPC:
    case EDQUOT: return _("the disk is full");
    case ENAMETOOLONG: return _("the name is too long");
    default: return g_strerror (saved_errno);
    }
}

static gboolean
fail_errno (GError    **error,
            gboolean    writing,
            const char *path,
            int         saved_errno)
{
  const char *format = writing ? _("Cannot write “%s”: %s") : _("Cannot read “%s”: %s");
  g_autofree char *display = g_filename_display_name (path);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), format, display,
               reason (saved_errno, writing));
#pragma GCC diagnostic pop
  return FALSE;
}

static gboolean
fail_kind (GError    **error,
           gboolean    writing,
           const char *path,
           mode_t      mode)
{
  g_autofree char *display = g_filename_display_name (path);

  if (S_ISDIR (mode))
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                 writing ? _("Cannot write “%s”: it is a folder")
                         : _("Cannot read “%s”: it is a folder"), display);
  else
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                 writing ? _("Cannot write “%s”: it is not a regular file (a device, a pipe or a socket); choose a file name")
                         : _("Cannot read “%s”: it is not a regular file (a device, a pipe or a socket)"),
                 display);
  return FALSE;
}

/* ------------------------------------------------------------------ read */

gboolean
ps_file_read (const char  *path,
              gsize        max_size,
              char       **out_contents,
              gsize       *out_length,
              GError     **error)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize length = 0;
  int fd;

  /* O_NONBLOCK: opening a FIFO must not wait for a writer */
  fd = g_open (path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    return fail_errno (error, FALSE, path, errno);
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;
      close (fd);
      return fail_errno (error, FALSE, path, saved);
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      return fail_kind (error, FALSE, path, st.st_mode);
    }
  if ((guint64) st.st_size > max_size)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

      close (fd);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   /* Translators: file name, size limit */
                   _("Cannot read “%s”: it is too large (more than %s)"), display, limit);
      return FALSE;
    }

  /* the size may change while we read: never more than max_size + 1 */
  {
    gsize capacity = (gsize) st.st_size + 1;

    buffer = g_malloc (capacity + 1);
    while (length <= max_size)
      {
        gssize n;

        if (length == capacity)
          {
            capacity = MIN (capacity * 2, max_size + 1);
            buffer = g_realloc (buffer, capacity + 1);
          }
        n = read (fd, buffer + length, capacity - length);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
          continue;
        if (n < 0)
          {
            int saved = errno;
            close (fd);
            return fail_errno (error, FALSE, path, saved);
          }
        if (n == 0)
          break;
        length += (gsize) n;
      }
  }
  close (fd);
  if (length > max_size)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Cannot read “%s”: it is too large (more than %s)"), display, limit);
      return FALSE;
    }
  buffer[length] = '\0';
  *out_contents = g_steal_pointer (&buffer);
  if (out_length != NULL)
    *out_length = length;
  return TRUE;
}

/* ----------------------------------------------------------------- write */

char *
ps_file_resolve_target (const char  *path,
                        GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (int i = 0; i < MAX_LINKS; i++)
    {
      struct stat st;
      g_autofree char *link = NULL;

      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      link = g_file_read_link (current, NULL);
      if (link == NULL)
        return g_steal_pointer (&current);
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
      else
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
    }
  fail_errno (error, TRUE, path, ELOOP);
  return NULL;
}

static gboolean
process_is_gone (const char *pid_text)
{
  guint64 pid = 0;

  if (!g_ascii_string_to_unsigned (pid_text, 10, 1, G_MAXINT, &pid, NULL))
    return FALSE;
  return (pid_t) pid != getpid () && kill ((pid_t) pid, 0) != 0 && errno == ESRCH;
}

/* "<prefix><pid>-XXXXXX": the pid between the prefix and the next '-' */
static gboolean
is_stale (const char *name,
          const char *prefix)
{
  g_autofree char *pid = NULL;
  const char *start, *dash;

  if (!g_str_has_prefix (name, prefix))
    return FALSE;
  start = name + strlen (prefix);
  dash = strchr (start, '-');
  if (dash == NULL)
    return FALSE;
  pid = g_strndup (start, (gsize) (dash - start));
  return process_is_gone (pid);
}

/* Removes what killed runs left in @dir: entries named @prefix<pid>-…
 * whose process is gone, owned by us. */
static void
remove_stale (const char *dir,
              const char *prefix,
              gboolean    folders)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!is_stale (name, prefix))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (lstat (path, &st) != 0 || st.st_uid != getuid ())
        continue;
      if (folders && S_ISDIR (st.st_mode))
        ps_file_remove_tree (path);
      else if (!folders && S_ISREG (st.st_mode))
        g_unlink (path);
    }
}

static gboolean
write_all (int         fd,
           const char *contents,
           gsize       length)
{
  gsize done = 0;

  while (done < length)
    {
      gssize n = write (fd, contents + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = ENOSPC;
          return FALSE;
        }
      done += (gsize) n;
    }
  return TRUE;
}

gboolean
ps_file_write (const char  *path,
               const char  *contents,
               gsize        length,
               GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *tmp = NULL;
  struct stat st;
  gboolean exists;
  int fd, saved;

  /* what the path leads to, as the kernel follows it (/dev/stdout to a
   * pipe): devices, FIFOs, sockets and folders are refused */
  if (stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    return fail_kind (error, TRUE, path, st.st_mode);
  target = ps_file_resolve_target (path, error);
  if (target == NULL)
    return FALSE;
  exists = stat (target, &st) == 0;
  if (!exists && errno != ENOENT)
    return fail_errno (error, TRUE, path, errno);
  if (exists && !S_ISREG (st.st_mode))
    return fail_kind (error, TRUE, path, st.st_mode);
  /* a file its owner made read-only is not replaced behind their back
   * (the rename would succeed in a writable folder) */
  if (exists && access (target, W_OK) != 0 && errno == EACCES)
    return fail_errno (error, TRUE, path, EACCES);

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  /* hidden, next to the target (same file system: rename is atomic), and
   * named after this process so that a killed run's file is recognised */
  /* a long name's temporary name must fit too */
  if (strlen (base) > 180)
    base[180] = '\0';
  prefix = g_strdup_printf (".%s" TEMP_TAG, base);
  remove_stale (dir, prefix, FALSE);
  tmp = g_strdup_printf ("%s/%s%d-XXXXXX", dir, prefix, (int) getpid ());
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return fail_errno (error, TRUE, path, errno);

  if (exists)
    {
      /* keep the mode, and the owner where we may (root saving a user's file) */
      if (fchmod (fd, st.st_mode & 07777) != 0)
        {
          saved = errno;
          goto failed;
        }
      if ((st.st_uid != getuid () || st.st_gid != getgid ()) && fchown (fd, st.st_uid, st.st_gid) != 0)
        {
          /* not allowed: the file becomes ours, its mode kept */
        }
    }
  if (!write_all (fd, contents, length) || fsync (fd) != 0)
    {
      saved = errno;
      goto failed;
    }
  if (close (fd) != 0)
    {
      saved = errno;
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (exists && st.st_nlink > 1)
    {
      /* several names for one file: renaming would split them. The new
       * contents are on disk in @tmp; copy them into the file itself, and
       * keep @tmp if that fails half-way */
      /* never truncated first: the new bytes are written over the old
       * ones, then the file is cut to their length */
      int out = g_open (target, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);

      if (out < 0 || !write_all (out, contents, length) || ftruncate (out, (off_t) length) != 0
          || fsync (out) != 0)
        {
          g_autofree char *display = g_filename_display_name (path);
          g_autofree char *copy = g_filename_display_name (tmp);

          saved = errno;
          if (out >= 0)
            close (out);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       /* Translators: file name, system error, file name of a copy */
                       _("Cannot write “%s”: %s (the new contents are in “%s”)"),
                       display, reason (saved, TRUE), copy);
          return FALSE;
        }
      close (out);
      g_unlink (tmp);
      return TRUE;
    }

  if (g_rename (tmp, target) != 0)
    {
      saved = errno;
      goto failed;
    }
  /* the rename itself is durable once the folder is synced */
  {
    int dfd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

    if (dfd >= 0)
      {
        fsync (dfd);
        close (dfd);
      }
  }
  return TRUE;

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  return fail_errno (error, TRUE, path, saved);
}

/* ----------------------------------------------------- temporary folders */

void
ps_file_remove_tree (const char *path)
{
  g_autoptr (GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  if (d != NULL)
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        struct stat st;

        if (lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
          ps_file_remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

/* Folders "portage-<what>-XXXXXX" of versions before the process number
 * was in the name: removed when ours and older than a day. */
static void
remove_legacy (const char *dir,
               const char *prefix)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6
          || strchr (name + strlen (prefix), '-') != NULL)
        continue;
      path = g_build_filename (dir, name, NULL);
      if (lstat (path, &st) == 0 && S_ISDIR (st.st_mode) && st.st_uid == getuid ()
          && now - st.st_mtime > 24 * 3600)
        ps_file_remove_tree (path);
    }
}

char *
ps_file_make_temp_dir (const char  *what,
                       GError     **error)
{
  g_autofree char *prefix = g_strdup_printf ("portage-%s-", what);
  g_autofree char *tmpl = g_strdup_printf ("%s%d-XXXXXX", prefix, (int) getpid ());
  g_autoptr (GError) local_error = NULL;
  char *dir;

  remove_stale (g_get_tmp_dir (), prefix, TRUE);
  remove_legacy (g_get_tmp_dir (), prefix);
  dir = g_dir_make_tmp (tmpl, &local_error);
  if (dir == NULL)
    g_set_error (error, G_FILE_ERROR, local_error->code,
                 _("Cannot create a temporary folder in %s: %s"), g_get_tmp_dir (),
                 local_error->message);
  return dir;
}

/* ------------------------------------------------------------ strict JSON */

static int
line_at (const char *text,
         const char *where)
{
  int line = 1;

  for (const char *p = text; where != NULL && p < where; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* The first key that appears twice in an object, anywhere in @node, as a
 * dotted path ("params.pss_monthly"); NULL if none. */
static char *
find_duplicate (const cJSON *node,
                const char  *path)
{
  const cJSON *child;

  if (cJSON_IsObject (node))
    {
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (child = node->child; child != NULL; child = child->next)
        {
          const char *key = child->string != NULL ? child->string : "";

          if (!g_hash_table_add (seen, (gpointer) key))
            return *path ? g_strconcat (path, ".", key, NULL) : g_strdup (key);
        }
    }
  if (cJSON_IsObject (node) || cJSON_IsArray (node))
    {
      int i = 0;

      for (child = node->child; child != NULL; child = child->next, i++)
        {
          g_autofree char *sub = NULL;
          char *found;

          if (!cJSON_IsObject (child) && !cJSON_IsArray (child))
            continue;
          if (cJSON_IsObject (node))
            sub = *path ? g_strconcat (path, ".", child->string, NULL) : g_strdup (child->string);
          else
            sub = g_strdup_printf ("%s[%d]", path, i);
          found = find_duplicate (child, sub);
          if (found != NULL)
            return found;
        }
    }
  return NULL;
}

cJSON *
ps_json_parse_strict (const char  *text,
                      gsize        length,
                      char       **out_problem)
{
  const char *end = NULL;
  cJSON *root;
  char *dup;

  if (text == NULL || length == 0)
    {
      *out_problem = g_strdup (_("not valid JSON (the file is empty)"));
      return NULL;
    }
  {
    const char *bad = NULL;

    /* JSON is UTF-8 text (RFC 8259): a label or a source that is not would
     * end up in a workbook no spreadsheet opens */
    if (!g_utf8_validate (text, (gssize) length, &bad) && (bad == NULL || *bad != '\0'))
      {
        *out_problem = g_strdup_printf (_("not valid JSON (not UTF-8 text, on line %d)"), line_at (text, bad));
        return NULL;
      }
  }
  if (memchr (text, '\0', length) != NULL)
    {
      *out_problem = g_strdup_printf (_("not valid JSON (a NUL byte on line %d)"),
                                      line_at (text, memchr (text, '\0', length)));
      return NULL;
    }
  root = cJSON_ParseWithLengthOpts (text, length, &end, FALSE);
  if (root == NULL)
    {
      *out_problem = g_strdup_printf (_("not valid JSON (error on line %d)"),
                                      line_at (text, cJSON_GetErrorPtr ()));
      return NULL;
    }
  while (end != NULL && end < text + length && g_ascii_isspace (*end))
    end++;
  if (end != NULL && end < text + length)
    {
      *out_problem = g_strdup_printf (_("not valid JSON (text after the end, on line %d)"),
                                      line_at (text, end));
      cJSON_Delete (root);
      return NULL;
    }
  dup = find_duplicate (root, "");
  if (dup != NULL)
    {
      /* Translators: a JSON key */
      *out_problem = g_strdup_printf (_("the key “%s” appears twice"), dup);
      g_free (dup);
      cJSON_Delete (root);
      return NULL;
    }
  return root;
}
