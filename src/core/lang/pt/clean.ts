import type { LanguageCues } from '../clean-cue-types';
import { dateWordsOf } from '../metadata-word-types';
import { metadata } from './metadata';

/** Portuguese cues (news sites of Brazil and Portugal, blogs). */
export const pt: LanguageCues = {
  lang: 'pt',
  comments: ['comentários', 'comentário', 'deixe um comentário', 'deixe seu comentário', 'responder', 'sem comentários'],
  related: [
    'leia também', 'leia mais', 'veja também', 'notícias relacionadas', 'artigos relacionados', 'relacionadas',
    'você pode gostar', 'pode te interessar', 'mais lidas', 'mais lidos', 'saiba mais', 'mais notícias', 'últimas notícias',
  ],
  statusNotices: ['adicionado ao carrinho', 'foi adicionado ao carrinho'],
  supportAppeals: [],
  newsletter: ['assine a newsletter', 'inscreva-se', 'assine', 'receba nossa newsletter', 'no seu e-mail'],
  share: ['compartilhar', 'compartilhe', 'partilhar', 'compartilhar no facebook', 'copiar link'],
  ads: ['publicidade', 'anúncio', 'patrocinado', 'conteúdo patrocinado'],
  weather: ['tempo', 'previsão do tempo', 'clima'],
  markets: ['bolsa', 'cotação', 'câmbio', 'dólar hoje'],
  cookies: ['utilizamos cookies', 'este site usa cookies', 'aceitar cookies', 'aceitar todos', 'política de cookies'],
  toolbar: ['imprimir', 'tamanho da fonte', 'ouvir', 'ouvir notícia', 'voltar', 'ir para o conteúdo', 'baixar pdf'],
  authorBio: ['sobre o autor', 'sobre a autora'],
  tags: ['tags', 'temas', 'assuntos', 'palavras-chave', 'categoria', 'categorias'],
  nowReading: ['você está lendo'],
  readingTime: ['tempo de leitura', 'min de leitura', 'minutos de leitura'],
  prevNext: ['anterior', 'próximo', 'próxima', 'artigo anterior', 'próximo artigo', 'notícia anterior', 'próxima notícia'],
  pressSections: ['sobre', 'contato para imprensa', 'assessoria de imprensa', 'contato'],
  callsToAction: ['siga-nos', 'inscreva-se', 'clique aqui', 'baixe o app', 'assine', 'já é assinante', 'para continuar lendo', 'exclusivo para assinantes', 'para ios e android'],
  videoLabels: ['vídeo', 'vídeos', 'assista', 'assista ao vídeo', 'veja o vídeo', 'veja'],
  appPromos: ['app', 'aplicativo'],
  deskLabels: ['redação', 'da redação', 'equipe editorial'],
  fieldLabels: ['categoria', 'categorias', 'seção', 'secção', 'publicado', 'publicado em', 'atualizado', 'atualizado em', 'fonte'],
  copyrightNotices: ['todos os direitos reservados', 'direitos reservados'],
  entryFooters: ['esta entrada foi publicada em', 'este post foi publicado em', 'marque o link permanente', 'adicione o link permanente aos favoritos', 'favoritar o link permanente'],
  creditWords: ['foto', 'fotos', 'imagem', 'crédito', 'fonte', 'reprodução'],
  ctaVerbs: ['siga', 'assine', 'baixe', 'inscreva-se', 'compartilhe', 'ouça'],
  ctaChannels: ['facebook', 'instagram', 'twitter', 'youtube', 'telegram', 'whatsapp', 'newsletter', 'podcast'],
  bioVerbs: ['é jornalista', 'é repórter', 'escreve sobre'],
  dateWords: dateWordsOf(metadata),
  bylinePrefixes: metadata.bylinePrefixes,
  classHints: { related: ['relacionadas'], comments: ['comentarios'] },
  functionWords: ['o', 'os', 'do', 'da', 'que', 'para', 'uma', 'com', 'não', 'dos', 'das', 'em', 'por', 'mais', 'foi', 'pelo', 'seu', 'também'],
  wordsPerMinute: 210,
};
