/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Inline help: the first glossary term a label mentions becomes a link
 * whose tooltip is the term's definition and which opens the glossary on
 * it ("app.glossary-term"), by the mouse or by the keyboard (Tab, Enter). */

/* @markup with its first term made a link (a new string); @markup itself
 * if it mentions none. */
char *ps_glossary_links_markup (const char *markup);
/* Sets @label's markup to @markup with its term linked, and makes its
 * links open the glossary. */
void  ps_glossary_links_set_markup (GtkLabel   *label,
                                    const char *markup);
/* Makes @label's glossary links open the glossary (once per label). */
void  ps_glossary_links_attach (GtkLabel *label);
/* The URI of @term's link ("glossary:TERM") */
char *ps_glossary_links_uri (const char *term);

G_END_DECLS
