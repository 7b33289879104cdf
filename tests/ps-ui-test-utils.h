/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's test programs share. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop for @ms milliseconds. */
void ps_ui_iterate          (guint       ms);
/* "en" or "fr", then "-dark" under ADW_DEBUG_COLOR_SCHEME=prefer-dark: the
 * screenshots' suffix. */
const char *ps_ui_shot_tag  (void);
/* @widget drawn into G_TEST_BUILDDIR/screenshots/@name-<tag>.png. */
void ps_ui_save_screenshot  (GtkWidget  *widget,
                             const char *name);

G_END_DECLS
