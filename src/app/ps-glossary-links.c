/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-glossary-links"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-line-label.h"
#include "ps-glossary.h"
#include "ps-glossary-links.h"

#define SCHEME "glossary:"

/* read the first time a label asks, not at start-up */
static const PsGlossary *
glossary (void)
{
  static PsGlossary *g = NULL;
  static gboolean tried = FALSE;

  if (!tried)
    {
      g_autoptr (GError) error = NULL;

      tried = TRUE;
      g = ps_glossary_new_embedded (&error);
      if (g == NULL)
        g_warning ("The glossary can't be read: %s", error->message);
    }
  return g;
}

/* the definitions are French with an English twin, chosen like the rates
 * labels: by the translation of this marker */
static gboolean
english (void)
{
  return !ps_line_labels_french ();
}

char *
ps_glossary_links_uri (const char *term)
{
  g_autofree char *escaped = g_uri_escape_string (term, NULL, TRUE);

  return g_strconcat (SCHEME, escaped, NULL);
}

/* the link's tooltip: the term, its name and its definition (markup) */
static char *
tooltip_markup (const PsGlossaryEntry *e)
{
  const char *name = ps_glossary_entry_name (e, english ());
  g_autofree char *term = g_markup_escape_text (e->term, -1);
  g_autofree char *definition = g_markup_escape_text (ps_glossary_entry_definition (e, english ()), -1);
  g_autofree char *heading = NULL;

  if (g_strcmp0 (name, e->term) != 0)
    {
      g_autofree char *escaped = g_markup_escape_text (name, -1);

      /* Translators: a glossary term, then its name: “CSG — Contribution sociale généralisée” */
      heading = g_strdup_printf (_("<b>%s</b> — %s"), term, escaped);
    }
  else
    heading = g_strdup_printf ("<b>%s</b>", term);
  return g_strdup_printf ("%s\n%s\n<small>%s</small>", heading, definition,
                          _("Click or press Enter for the glossary"));
}

char *
ps_glossary_links_markup (const char *markup)
{
  const PsGlossaryEntry *e;
  gsize start, length;
  g_autofree char *tip = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *href = NULL;

  if (markup == NULL)
    return NULL;
  if (glossary () == NULL || strstr (markup, "<a ") != NULL
      || (e = ps_glossary_find_mention (glossary (), markup, &start, &length)) == NULL)
    return g_strdup (markup);
  /* (the words are found in the markup: no term is a tag's or an
   * entity's name) */
  tip = tooltip_markup (e);
  title = g_markup_escape_text (tip, -1);
  uri = ps_glossary_links_uri (e->term);
  href = g_markup_escape_text (uri, -1);
  return g_strdup_printf ("%.*s<a href=\"%s\" title=\"%s\">%.*s</a>%s",
                          (int) start, markup, href, title,
                          (int) length, markup + start, markup + start + length);
}

static gboolean
activate_link_cb (GtkLabel   *label,
                  const char *uri,
                  gpointer    user_data)
{
  g_autofree char *term = NULL;

  if (!g_str_has_prefix (uri, SCHEME))
    return FALSE;
  term = g_uri_unescape_string (uri + strlen (SCHEME), NULL);
  if (term != NULL)
    gtk_widget_activate_action (GTK_WIDGET (label), "app.glossary-term", "s", term);
  return TRUE;
}

void
ps_glossary_links_attach (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (g_object_get_data (G_OBJECT (label), "ps-glossary-links") != NULL)
    return;
  g_object_set_data (G_OBJECT (label), "ps-glossary-links", GINT_TO_POINTER (1));
  gtk_widget_add_css_class (GTK_WIDGET (label), "glossary-terms");
  g_signal_connect (label, "activate-link", G_CALLBACK (activate_link_cb), NULL);
}

void
ps_glossary_links_set_markup (GtkLabel   *label,
                              const char *markup)
{
  g_autofree char *linked = ps_glossary_links_markup (markup);

  g_return_if_fail (GTK_IS_LABEL (label));
  ps_glossary_links_attach (label);
  gtk_label_set_markup (label, linked != NULL ? linked : "");
}
