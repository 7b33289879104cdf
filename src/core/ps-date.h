/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calendar date packed as YYYYMMDD, so that dates compare as integers. */
typedef guint32 PsDate;

#define PS_DATE(y, m, d) ((PsDate) ((y) * 10000 + (m) * 100 + (d)))
#define PS_DATE_YEAR(d)  ((int) ((d) / 10000))

gboolean ps_date_parse  (const char  *text,
                         PsDate      *out_date,
                         GError     **error);
char    *ps_date_format (PsDate       date);
PsDate   ps_date_today  (void);

G_END_DECLS
