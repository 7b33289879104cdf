/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The glossary: every term the window uses, searchable, each with its
 * definition in the reader's language and its legal source. */
#define PS_TYPE_GLOSSARY_WINDOW (ps_glossary_window_get_type ())

G_DECLARE_FINAL_TYPE (PsGlossaryWindow, ps_glossary_window, PS, GLOSSARY_WINDOW, AdwWindow)

/* @query: a term to show ("RGDU"), or what to search; NULL for all. */
PsGlossaryWindow *ps_glossary_window_new       (GtkWindow        *parent,
                                                const char       *query);
void              ps_glossary_window_set_query (PsGlossaryWindow *self,
                                                const char       *query);
/* for the tests: the rows shown, and the search entry */
guint             ps_glossary_window_get_n_shown (PsGlossaryWindow *self);
GtkEditable      *ps_glossary_window_get_search  (PsGlossaryWindow *self);

G_END_DECLS
