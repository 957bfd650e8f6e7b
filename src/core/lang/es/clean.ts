import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Spanish cues (news sites of Spain and Latin America, blogs). */
export const es: LanguageCues = {
  lang: 'es',
  comments: ['comentarios', 'comentario', 'deja un comentario', 'dejar un comentario', 'escribe un comentario', 'responder', 'sin comentarios'],
  related: [
    'noticias relacionadas', 'artículos relacionados', 'relacionados', 'relacionado', 'lee también', 'lea también',
    'te puede interesar', 'le puede interesar', 'también te puede interesar', 'quizás te interese', 'más noticias',
    'leer más', 'ver más', 'lo más leído', 'más leídas', 'más leído', 'también puedes leer', 'puedes ver', 'mire también',
    'te recomendamos', 'recomendados', 'más información', 'últimas noticias', 'sigue leyendo',
    'leer también', 'lea además', 'ver también', 'mira también', 'seguir leyendo',
  ],
  statusNotices: ['cargando', 'cargando video', 'cargando vídeo', 'espere por favor', 'este video no se puede reproducir', 'este vídeo no se puede reproducir', 'video no disponible', 'vídeo no disponible', 'tu navegador no soporta video html', 'su navegador no soporta la reproducción de video'],
  supportAppeals: ['apoya nuestro periodismo', 'apoya el periodismo independiente', 'apóyanos', 'hazte socio', 'hazte socia', 'hazte miembro', 'haz una donación', 'dona ahora', 'suscríbete y apoya'],
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
  readingTime: ['tiempo de lectura', 'min de lectura', 'minutos de lectura'],
  prevNext: ['anterior', 'siguiente', 'artículo anterior', 'artículo siguiente', 'noticia anterior', 'noticia siguiente'],
  pressSections: ['acerca de', 'sobre', 'contacto de prensa', 'contacto'],
  callsToAction: ['síguenos', 'suscríbete', 'haz clic aquí', 'descarga la app', 'únete'],
  videoLabels: ['vídeo', 'video', 'vídeos', 'videos', 'ver vídeo', 'ver video', 'mira', 'mire', 'mira el video', 'mira el vídeo', 'en video', 'reproducir video', 'vea', 'mira el video completo', 'ver el vídeo completo'],
  appPromos: ['app', 'aplicación'],
  deskLabels: ['redacción', 'equipo editorial', 'mesa de redacción', 'agencias'],
  fieldLabels: ['categoría', 'categorías', 'sección', 'publicado', 'publicado el', 'actualizado', 'fecha de publicación', 'fuente', 'crédito', 'créditos'],
  creditWords: ['foto', 'fotos', 'imagen', 'crédito', 'fuente', 'cortesía'],
  ctaVerbs: ['sigue', 'síguenos', 'suscríbete', 'descarga', 'únete', 'comparte', 'escucha', 'descargue', 'instala'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'telegram', 'whatsapp', 'boletín', 'podcast', 'canal'],
  bioVerbs: ['es periodista', 'es redactor', 'es redactora', 'escribe sobre', 'es profesor', 'es profesora', 'es investigador', 'es investigadora'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: { related: ['relacionadas', 'relacionados'], comments: ['comentarios'], ads: ['publicidad'] },
  wordsPerMinute: 220,
};
