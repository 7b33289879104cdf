/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A row's content (a title and a wrapped description) with a suffix on
 * its right, laid out without asking the wrapped text for its width at
 * a height: a GtkBox does, on every allocation, and a label answers by
 * laying its text out at a dozen widths (GTK 4.8), which made the tips
 * list take ~0.2 s to lay out. */
#define PS_TYPE_SUFFIX_BOX (ps_suffix_box_get_type ())

G_DECLARE_FINAL_TYPE (PsSuffixBox, ps_suffix_box, PS, SUFFIX_BOX, GtkWidget)

GtkWidget *ps_suffix_box_new (GtkWidget *content,
                              GtkWidget *suffix);

G_END_DECLS
