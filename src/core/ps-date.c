/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-date"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-date.h"
#include "ps-error.h"

/* Reads exactly @n ASCII digits at *@p (no sign, no space). */
static gboolean
read_digits (const char **p,
             int          n,
             unsigned    *out)
{
  unsigned v = 0;

  for (int i = 0; i < n; i++)
    {
      char c = (*p)[i];

      if (c < '0' || c > '9')
        return FALSE;
      v = v * 10 + (unsigned) (c - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

/* Accepts ISO "2026-06-01" and French "01/06/2026", digits only: no
 * sign, no space, no missing leading zero in the ISO form. */
gboolean
ps_date_parse (const char  *text,
               PsDate      *out_date,
               GError     **error)
{
  unsigned y = 0, m = 0, d = 0;
  const char *p = text;

  if (text != NULL)
    {
      if (read_digits (&p, 4, &y) && *p == '-' && (p++, read_digits (&p, 2, &m))
          && *p == '-' && (p++, read_digits (&p, 2, &d)) && *p == '\0')
        ;
      else if ((p = text, read_digits (&p, 2, &d)) && *p == '/' && (p++, read_digits (&p, 2, &m))
               && *p == '/' && (p++, read_digits (&p, 4, &y)) && *p == '\0')
        ;
      else
        y = 0;
    }

  if (y < 1900 || y > 2999 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("“%s” is not a valid date (expected YYYY-MM-DD)"),
                   text ? text : "");
      return FALSE;
    }

  *out_date = PS_DATE (y, m, d);
  return TRUE;
}

char *
ps_date_format (PsDate date)
{
  return g_strdup_printf ("%04u-%02u-%02u", date / 10000, (date / 100) % 100, date % 100);
}

PsDate
ps_date_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return PS_DATE (g_date_time_get_year (now), g_date_time_get_month (now),
                  g_date_time_get_day_of_month (now));
}
