/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One validation layer for every number a user types, shared by the CLI,
 * the window and the scenario loader. @name is what the user sees the
 * field as ("--tjm", "TJM"); @min/@max are inclusive; @allow_zero lets a
 * strictly-positive field accept 0. Messages are translated. */
gboolean ps_input_parse_number (const char  *name,
                                const char  *text,
                                double       min,
                                double       max,
                                double      *out_value,
                                GError     **error);

gboolean ps_input_check_number (const char  *name,
                                double       value,
                                double       min,
                                double       max,
                                GError     **error);

G_END_DECLS
