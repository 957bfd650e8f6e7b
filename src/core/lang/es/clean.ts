import type { LanguageCues } from '../clean-cue-types';

/** Spanish cues (news sites of Spain and Latin America, blogs). */
export const es: LanguageCues = {
  lang: 'es',
  comments: ['comentarios', 'comentario', 'deja un comentario', 'dejar un comentario', 'escribe un comentario', 'responder', 'sin comentarios'],
  related: [
    'noticias relacionadas', 'artículos relacionados', 'relacionados', 'relacionado', 'lee también', 'lea también',
    'te puede interesar', 'le puede interesar', 'también te puede interesar', 'quizás te interese', 'más noticias',
    'leer más', 'ver más', 'lo más leído', 'más leídas', 'más leído', 'también puedes leer', 'puedes ver', 'mire también',
    'te recomendamos', 'recomendados', 'más información', 'últimas noticias', 'sigue leyendo',
  ],
  newsletter: ['suscríbete', 'suscribirse', 'boletín', 'recibe nuestro boletín', 'en tu correo', 'newsletter'],
  share: ['compartir', 'comparte', 'compartir en facebook', 'copiar enlace', 'enviar por correo'],
  ads: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado'],
  weather: ['clima', 'el tiempo', 'pronóstico'],
  markets: ['bolsa', 'tipo de cambio', 'dólar hoy', 'precio del oro'],
  cookies: ['utilizamos cookies', 'este sitio utiliza cookies', 'aceptar cookies', 'aceptar todo', 'configuración de cookies', 'política de cookies'],
  toolbar: ['imprimir', 'tamaño de letra', 'escuchar', 'escuchar noticia', 'volver', 'ir al contenido', 'descargar pdf'],
  authorBio: ['sobre el autor', 'acerca del autor', 'sobre la autora'],
  tags: ['etiquetas', 'temas', 'tags', 'categorías', 'categoría', 'palabras clave'],
  nowReading: ['estás leyendo', 'leyendo ahora'],
  prevNext: ['anterior', 'siguiente', 'artículo anterior', 'artículo siguiente', 'noticia anterior', 'noticia siguiente'],
  pressSections: ['acerca de', 'sobre', 'contacto de prensa', 'contacto'],
  callsToAction: ['síguenos', 'suscríbete', 'haz clic aquí', 'descarga la app', 'únete'],
  creditWords: ['foto', 'fotos', 'imagen', 'crédito', 'fuente', 'cortesía'],
  ctaVerbs: ['sigue', 'síguenos', 'suscríbete', 'descarga', 'únete', 'comparte', 'escucha'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'telegram', 'whatsapp', 'boletín', 'podcast', 'canal'],
  bioVerbs: ['es periodista', 'es redactor', 'es redactora', 'escribe sobre'],
  dateWords: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
    'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
    'sábado', 'domingo', 'de', 'del', 'a', 'las', 'hrs', 'h', 'publicado', 'actualizado', 'hace', 'horas', 'minutos',
    'hoy', 'ayer',
  ],
  bylinePrefixes: ['por', 'escrito por', 'redacción'],
  classHints: { related: ['relacionadas', 'relacionados'], comments: ['comentarios'], ads: ['publicidad'] },
  wordsPerMinute: 220,
};
