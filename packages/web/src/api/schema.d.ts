/**
 * Generated from docs/api/openapi.json by packages/web/scripts/api-types.ts. Do not edit:
 * run `npm run openapi`.
 */
export interface paths {
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng nhập (log in; sets an HttpOnly session cookie and returns the CSRF token) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                personId: string | null;
                roles: ('system_admin' | 'org_officer' | 'inspector')[];
                scopeOrganisationId: string | null;
                disabled: boolean;
                mustChangePassword: boolean;
                lockedUntil: string | null;
                version: number;
                createdAt: string;
              };
              roles: ('system_admin' | 'org_officer' | 'inspector')[];
              positions: {
                /** Format: uuid */
                organisationId: string;
                /** @enum {string} */
                role: 'head' | 'deputy' | 'member';
              }[];
              csrfToken: string | null;
              expiresAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng xuất (log out) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phiên làm việc hiện tại (who am I; the CSRF token for this session) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                personId: string | null;
                roles: ('system_admin' | 'org_officer' | 'inspector')[];
                scopeOrganisationId: string | null;
                disabled: boolean;
                mustChangePassword: boolean;
                lockedUntil: string | null;
                version: number;
                createdAt: string;
              };
              roles: ('system_admin' | 'org_officer' | 'inspector')[];
              positions: {
                /** Format: uuid */
                organisationId: string;
                /** @enum {string} */
                role: 'head' | 'deputy' | 'member';
              }[];
              csrfToken: string | null;
              expiresAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đổi mật khẩu (change my password; other sessions end) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mã truy cập API của tôi (my API tokens) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              createdAt: string;
              expiresAt: string | null;
              revokedAt: string | null;
              lastUsedAt: string | null;
            }[];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Tạo mã truy cập API (issue an API token; the secret is shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            expiresInDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
              apiToken: {
                /** Format: uuid */
                id: string;
                name: string;
                createdAt: string;
                expiresAt: string | null;
                revokedAt: string | null;
                lastUsedAt: string | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Thu hồi mã truy cập API (revoke an API token) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              createdAt: string;
              expiresAt: string | null;
              revokedAt: string | null;
              lastUsedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách cơ quan, đơn vị (list organisations) */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          offset?: number;
          parentId?: string;
          under?: string;
          kind?:
            | 'ministry'
            | 'ministry_department'
            | 'provincial_peoples_committee'
            | 'provincial_department'
            | 'commune_peoples_committee'
            | 'public_service_unit'
            | 'state_enterprise'
            | 'party_committee'
            | 'other';
          roots?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                shortName: string | null;
                abbreviation: string | null;
                /** @enum {string} */
                kind:
                  | 'ministry'
                  | 'ministry_department'
                  | 'provincial_peoples_committee'
                  | 'provincial_department'
                  | 'commune_peoples_committee'
                  | 'public_service_unit'
                  | 'state_enterprise'
                  | 'party_committee'
                  | 'other';
                parentId: string | null;
                superiorAgencyId: string | null;
                partyCommitteeId: string | null;
                address: string | null;
                email: string | null;
                phone: string | null;
                path: string;
                depth: number;
                version: number;
                createdAt: string;
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Thêm cơ quan, đơn vị (register an organisation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            name: string;
            shortName?: string | null;
            abbreviation?: string | null;
            /** @enum {string} */
            kind:
              | 'ministry'
              | 'ministry_department'
              | 'provincial_peoples_committee'
              | 'provincial_department'
              | 'commune_peoples_committee'
              | 'public_service_unit'
              | 'state_enterprise'
              | 'party_committee'
              | 'other';
            parentId?: string | null;
            superiorAgencyId?: string | null;
            partyCommitteeId?: string | null;
            address?: string | null;
            email?: string | null;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              name: string;
              shortName: string | null;
              abbreviation: string | null;
              /** @enum {string} */
              kind:
                | 'ministry'
                | 'ministry_department'
                | 'provincial_peoples_committee'
                | 'provincial_department'
                | 'commune_peoples_committee'
                | 'public_service_unit'
                | 'state_enterprise'
                | 'party_committee'
                | 'other';
              parentId: string | null;
              superiorAgencyId: string | null;
              partyCommitteeId: string | null;
              address: string | null;
              email: string | null;
              phone: string | null;
              path: string;
              depth: number;
              version: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chi tiết cơ quan và tập thể lãnh đạo (organisation with its leadership collective) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              name: string;
              shortName: string | null;
              abbreviation: string | null;
              /** @enum {string} */
              kind:
                | 'ministry'
                | 'ministry_department'
                | 'provincial_peoples_committee'
                | 'provincial_department'
                | 'commune_peoples_committee'
                | 'public_service_unit'
                | 'state_enterprise'
                | 'party_committee'
                | 'other';
              parentId: string | null;
              superiorAgencyId: string | null;
              partyCommitteeId: string | null;
              address: string | null;
              email: string | null;
              phone: string | null;
              path: string;
              depth: number;
              version: number;
              createdAt: string;
              updatedAt: string;
              childCount: number;
              leadership: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                positionTitle: string | null;
                /** @enum {string} */
                role: 'head' | 'deputy' | 'member';
                startsOn: string;
                endsOn: string | null;
                basis: string | null;
                current: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Sửa thông tin cơ quan (update; If-Match for optimistic concurrency) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            name: string;
            shortName?: string | null;
            abbreviation?: string | null;
            /** @enum {string} */
            kind:
              | 'ministry'
              | 'ministry_department'
              | 'provincial_peoples_committee'
              | 'provincial_department'
              | 'commune_peoples_committee'
              | 'public_service_unit'
              | 'state_enterprise'
              | 'party_committee'
              | 'other';
            parentId?: string | null;
            superiorAgencyId?: string | null;
            partyCommitteeId?: string | null;
            address?: string | null;
            email?: string | null;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              name: string;
              shortName: string | null;
              abbreviation: string | null;
              /** @enum {string} */
              kind:
                | 'ministry'
                | 'ministry_department'
                | 'provincial_peoples_committee'
                | 'provincial_department'
                | 'commune_peoples_committee'
                | 'public_service_unit'
                | 'state_enterprise'
                | 'party_committee'
                | 'other';
              parentId: string | null;
              superiorAgencyId: string | null;
              partyCommitteeId: string | null;
              address: string | null;
              email: string | null;
              phone: string | null;
              path: string;
              depth: number;
              version: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/leadership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bổ nhiệm vào tập thể lãnh đạo (appoint head, deputy or member) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: 'head' | 'deputy' | 'member';
            /** Format: date */
            startsOn: string;
            basis?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              name: string;
              shortName: string | null;
              abbreviation: string | null;
              /** @enum {string} */
              kind:
                | 'ministry'
                | 'ministry_department'
                | 'provincial_peoples_committee'
                | 'provincial_department'
                | 'commune_peoples_committee'
                | 'public_service_unit'
                | 'state_enterprise'
                | 'party_committee'
                | 'other';
              parentId: string | null;
              superiorAgencyId: string | null;
              partyCommitteeId: string | null;
              address: string | null;
              email: string | null;
              phone: string | null;
              path: string;
              depth: number;
              version: number;
              createdAt: string;
              updatedAt: string;
              childCount: number;
              leadership: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                positionTitle: string | null;
                /** @enum {string} */
                role: 'head' | 'deputy' | 'member';
                startsOn: string;
                endsOn: string | null;
                basis: string | null;
                current: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/leadership/{termId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc nhiệm kỳ (end a leadership term; history is kept) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          termId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            endsOn: string;
            basis?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              name: string;
              shortName: string | null;
              abbreviation: string | null;
              /** @enum {string} */
              kind:
                | 'ministry'
                | 'ministry_department'
                | 'provincial_peoples_committee'
                | 'provincial_department'
                | 'commune_peoples_committee'
                | 'public_service_unit'
                | 'state_enterprise'
                | 'party_committee'
                | 'other';
              parentId: string | null;
              superiorAgencyId: string | null;
              partyCommitteeId: string | null;
              address: string | null;
              email: string | null;
              phone: string | null;
              path: string;
              depth: number;
              version: number;
              createdAt: string;
              updatedAt: string;
              childCount: number;
              leadership: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                positionTitle: string | null;
                /** @enum {string} */
                role: 'head' | 'deputy' | 'member';
                startsOn: string;
                endsOn: string | null;
                basis: string | null;
                current: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách cán bộ trong phạm vi được xem (list people in scope) */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          offset?: number;
          organisationId?: string;
          under?: string;
          nd73Category?: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                fullName: string;
                positionTitle: string | null;
                isLeadershipPost: boolean;
                /** @enum {string} */
                nd73Category: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                email: string | null;
                phone: string | null;
                version: number;
                createdAt: string;
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Thêm cán bộ (register a person) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            fullName: string;
            positionTitle?: string | null;
            isLeadershipPost: boolean;
            /** @enum {string} */
            nd73Category: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
            /** Format: uuid */
            organisationId: string;
            email?: string | null;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              fullName: string;
              positionTitle: string | null;
              isLeadershipPost: boolean;
              /** @enum {string} */
              nd73Category: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              email: string | null;
              phone: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông tin cán bộ (a person) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              fullName: string;
              positionTitle: string | null;
              isLeadershipPost: boolean;
              /** @enum {string} */
              nd73Category: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              email: string | null;
              phone: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Sửa thông tin cán bộ (update; If-Match for optimistic concurrency) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            fullName: string;
            positionTitle?: string | null;
            isLeadershipPost: boolean;
            /** @enum {string} */
            nd73Category: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
            /** Format: uuid */
            organisationId: string;
            email?: string | null;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              fullName: string;
              positionTitle: string | null;
              isLeadershipPost: boolean;
              /** @enum {string} */
              nd73Category: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              email: string | null;
              phone: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách tài khoản (list accounts in scope) */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                personId: string | null;
                roles: ('system_admin' | 'org_officer' | 'inspector')[];
                scopeOrganisationId: string | null;
                disabled: boolean;
                mustChangePassword: boolean;
                lockedUntil: string | null;
                version: number;
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Tạo tài khoản (create an account; the user must change the password at first login) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
            personId?: string | null;
            displayName?: string | null;
            /** @default [] */
            roles?: ('system_admin' | 'org_officer' | 'inspector')[];
            scopeOrganisationId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              personId: string | null;
              roles: ('system_admin' | 'org_officer' | 'inspector')[];
              scopeOrganisationId: string | null;
              disabled: boolean;
              mustChangePassword: boolean;
              lockedUntil: string | null;
              version: number;
              createdAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông tin tài khoản (an account) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              personId: string | null;
              roles: ('system_admin' | 'org_officer' | 'inspector')[];
              scopeOrganisationId: string | null;
              disabled: boolean;
              mustChangePassword: boolean;
              lockedUntil: string | null;
              version: number;
              createdAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Sửa quyền, phạm vi, khóa tài khoản (update roles, scope, disabled) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName?: string | null;
            roles: ('system_admin' | 'org_officer' | 'inspector')[];
            scopeOrganisationId?: string | null;
            disabled: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              personId: string | null;
              roles: ('system_admin' | 'org_officer' | 'inspector')[];
              scopeOrganisationId: string | null;
              disabled: boolean;
              mustChangePassword: boolean;
              lockedUntil: string | null;
              version: number;
              createdAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đặt lại mật khẩu (admin reset: a temporary password, all sessions end) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            temporaryPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              personId: string | null;
              roles: ('system_admin' | 'org_officer' | 'inspector')[];
              scopeOrganisationId: string | null;
              disabled: boolean;
              mustChangePassword: boolean;
              lockedUntil: string | null;
              version: number;
              createdAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nhập cơ quan, đơn vị từ CSV/XLSX (import organisations)
     * @description multipart/form-data with one field "file" (.csv or .xlsx). Rows are validated one by one; valid rows are applied in one transaction; rejected rows are reported with their reasons. Re-importing the same file changes nothing.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              kind: 'organisations' | 'people';
              fileName: string;
              fileSha256: string;
              /** @enum {string} */
              format: 'csv' | 'xlsx';
              encoding: {
                bytes: string;
                text: string;
              };
              notices: {
                /** @enum {string} */
                level: 'info' | 'warning';
                code: string;
                vi: string;
                en: string;
              }[];
              rowsRead: number;
              created: number;
              updated: number;
              unchanged: number;
              rejected: {
                rowNumber: number;
                errors: {
                  field: string;
                  code: string;
                  vi: string;
                  en: string;
                }[];
              }[];
              dryRun: boolean;
              ledgerIndex: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nhập cán bộ từ CSV/XLSX (import people)
     * @description multipart/form-data with one field "file" (.csv or .xlsx). Rows are validated one by one; valid rows are applied in one transaction; rejected rows are reported with their reasons. Re-importing the same file changes nothing.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              kind: 'organisations' | 'people';
              fileName: string;
              fileSha256: string;
              /** @enum {string} */
              format: 'csv' | 'xlsx';
              encoding: {
                bytes: string;
                text: string;
              };
              notices: {
                /** @enum {string} */
                level: 'info' | 'warning';
                code: string;
                vi: string;
                en: string;
              }[];
              rowsRead: number;
              created: number;
              updated: number;
              unchanged: number;
              rejected: {
                rowNumber: number;
                errors: {
                  field: string;
                  code: string;
                  vi: string;
                  en: string;
                }[];
              }[];
              dryRun: boolean;
              ledgerIndex: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/checkpoint': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Điểm kiểm tra mới nhất có chữ ký (latest signed checkpoint, C2SP signed-note, with witness cosignatures) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              origin: string;
              size: number;
              /** @description base64 */
              rootHash: string;
              note: string;
              cosignatures: string[];
              createdAt: string;
              verifierKey: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Ký điểm kiểm tra ngay (sign a checkpoint now; admin or inspector) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              origin: string;
              size: number;
              /** @description base64 */
              rootHash: string;
              note: string;
              cosignatures: string[];
              createdAt: string;
              verifierKey: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/proof/inclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bằng chứng bao hàm (RFC 9162 §2.1.3 inclusion proof of leaf `index` in the tree of `size`) */
    get: {
      parameters: {
        query: {
          index: number;
          size: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description base64 hashes, in RFC 9162 order */
              proof: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/proof/consistency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bằng chứng nhất quán (RFC 9162 §2.1.4 consistency proof between two tree sizes) */
    get: {
      parameters: {
        query: {
          from: number;
          to: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description base64 hashes, in RFC 9162 order */
              proof: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các mục sổ cái (envelopes only, never payloads; admin or inspector) */
    get: {
      parameters: {
        query?: {
          from?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              treeSize: number;
              entries: {
                index: number;
                type: string;
                aggregateId: string;
                actor: string;
                time: string;
                procedureVersion: string | null;
                commitment: string;
                /** @description hex */
                leafHash: string;
                redacted: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/entries/{index}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một mục sổ cái kèm nội dung (one entry with its payload, or marked redacted; admin or inspector) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          index: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              index: number;
              type: string;
              aggregateId: string;
              actor: string;
              time: string;
              procedureVersion: string | null;
              commitment: string;
              leafHash: string;
              payload: {
                [key: string]: unknown;
              } | null;
              salt: string | null;
              redacted: boolean;
              /** @description Who erased the payload, when, and on which lawful basis (the ledger.payload_redacted event) */
              redaction: {
                redactedAt: string;
                redactionIndex: number;
                reason: string | null;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/entries/{index}/redaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xóa nội dung theo quyết định của cơ quan có thẩm quyền (redact a payload by lawful order; system admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          index: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Căn cứ pháp lý (lawful order: number, date, issuer) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              index: number;
              redactionIndex: number;
              redactedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiểm tra toàn bộ sổ cái và phát lại các bảng (verify the log and replay every projection; admin or inspector) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              engine: string;
              treeSize: number;
              checkpoints: number;
              cosignatures: number;
              replayedEvents: number;
              redactedEvents: number[];
              tables: {
                table: string;
                rows: number;
              }[];
              /** @description The first one is the first divergence found (log before tables). */
              divergences: {
                code: string;
                eventIndex: number | null;
                table: string | null;
                row: {
                  [key: string]: unknown;
                } | null;
                column: string | null;
                live?: unknown;
                replayed?: unknown;
                message: {
                  vi: string;
                  en: string;
                };
              }[];
              /** @description Rows that depend on payloads erased by lawful order: "unverifiable (redacted)". */
              unverifiable: {
                table: string;
                row: {
                  [key: string]: unknown;
                };
                columns: string[];
                redactedEvents: number[];
              }[];
              durationMs: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/cosignatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nộp đồng ký của nhân chứng (submit a witness cosignature, C2SP tlog-cosignature, for one of our checkpoints) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Size of the checkpoint that was cosigned */
            size: number;
            /** @description The C2SP signed-note signature line, "— <witness name> <base64>" */
            cosignature: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              size: number;
              witness: string;
              /** @enum {boolean} */
              accepted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/witnesses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các nhân chứng được tin cậy (trusted witness keys; admin or inspector) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              label: string;
              verifierKey: string;
              addedBy: string;
              addedAt: string;
            }[];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Tin cậy một khóa nhân chứng (trust a witness key, type 0x04; system admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Cơ quan vận hành nhân chứng (the agency running the witness) */
            label: string;
            /** @description name+keyid+base64, signature type 0x04 (cosignature/v1) */
            verifierKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              label: string;
              verifierKey: string;
              addedBy: string;
              addedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách đề xuất (list, filter, sort, paginate) */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          offset?: number;
          state?: string;
          agencyId?: string;
          proposerId?: string;
          approvalKind?: 'vote' | 'override';
          overdue?: 'true' | 'false';
          sort?: 'updated' | 'created' | 'title' | 'code';
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
                state: string;
                stateLabel: {
                  vi: string;
                  en: string;
                };
                procedure: string;
                proposer: {
                  id: string;
                  name: string;
                } | null;
                employingAgency: {
                  id: string;
                  name: string;
                };
                decidingAgency: {
                  id: string;
                  name: string;
                } | null;
                /** @enum {string} */
                routing: 'employing' | 'superior';
                approvalKind: ('vote' | 'override') | null;
                outcome: string | null;
                protection: string | null;
                nextDue: {
                  timerId: string;
                  dueOn: string;
                  overdue: boolean;
                } | null;
                submittedAt: string | null;
                createdAt: string;
                updatedAt: string;
                version: number;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Tạo dự thảo kế hoạch đề xuất (ND73 Art. 7) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            plan: {
              title: string;
              pilotsLegalNormativeDocument: boolean;
              contents: {
                necessity: string;
                purpose: string;
                requirements: string;
                bottleneck: string;
                legalGap: string;
                tasksAndSolutions: string;
                scope: string;
                implementers: string;
                duration: string;
                resources: string;
                feasibility: string;
                positiveImpacts: string;
                negativeImpacts: string;
                expectedEffectiveness: string;
              };
              conditions: {
                removesUnregulatedBottleneck: string;
                commonInterestAndPracticalValue: string;
                urgentNeedWithoutHarm: string;
                promotesDecentralisationReformOrIt: string;
              };
              declarations: {
                withinCompetence: boolean;
                noContravention: boolean;
                noPersonalOrGroupBenefit: boolean;
                relatedParties:
                  | {
                      name: string;
                      relation: string;
                    }[]
                  | null;
              };
            };
            /** @default [] */
            implementerIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chi tiết đề xuất: dòng thời gian sổ cái, thao tác được phép, bước hiện tại và hạn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Sửa dự thảo (If-Match) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            plan: {
              title: string;
              pilotsLegalNormativeDocument: boolean;
              contents: {
                necessity: string;
                purpose: string;
                requirements: string;
                bottleneck: string;
                legalGap: string;
                tasksAndSolutions: string;
                scope: string;
                implementers: string;
                duration: string;
                resources: string;
                feasibility: string;
                positiveImpacts: string;
                negativeImpacts: string;
                expectedEffectiveness: string;
              };
              conditions: {
                removesUnregulatedBottleneck: string;
                commonInterestAndPracticalValue: string;
                urgentNeedWithoutHarm: string;
                promotesDecentralisationReformOrIt: string;
              };
              declarations: {
                withinCompetence: boolean;
                noContravention: boolean;
                noPersonalOrGroupBenefit: boolean;
                relatedParties:
                  | {
                      name: string;
                      relation: string;
                    }[]
                  | null;
              };
            };
            implementerIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nộp kế hoạch đề xuất (submit; ND73 Art. 1, 2, 4(2), 5(1), 7) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/request-party-opinion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xin ý kiến cấp ủy cùng cấp (ND73 Art. 4(3)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-party-opinion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận ý kiến cấp ủy (ND73 Art. 4(3)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            opinion: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/consult-related-agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lấy ý kiến cơ quan liên quan (ND73 Art. 8(2), configurable) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agencies: {
              /** Format: uuid */
              agencyId: string;
              /** Format: date */
              dueOn?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-agency-opinion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận ý kiến cơ quan liên quan (ND73 Art. 8(2)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            agencyId: string;
            opinion: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/schedule-meeting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Triệu tập họp tập thể lãnh đạo (ND73 Art. 8(1)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            meetingDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Biểu quyết (ND73 Art. 8(1)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            choice: 'for' | 'against' | 'abstain';
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/close-meeting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc biểu quyết (ND73 Art. 8(1)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/decide-approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Quyết định phê duyệt (ND73 Art. 8(1)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons?: string | null;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/decide-override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Người đứng đầu quyết định phê duyệt khi không đạt biểu quyết, chịu trách nhiệm cá nhân (ND73 Art. 8(1)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
            /** @enum {boolean} */
            personalResponsibilityAcknowledged: true;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/decide-rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Quyết định không phê duyệt (ND73 Art. 8(1)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/return-for-revision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trả lại để hoàn thiện (ND73 Art. 8, configurable) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trình cơ quan cấp trên (ND73 Art. 8, configurable) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/approve-scope': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Phê duyệt phạm vi thực hiện, chỉ tiêu (scope envelope) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            objectives: {
              text: string;
            }[];
            areas: string[];
            /** Format: date */
            pilotEndDate: string;
            budgetCeiling: number;
            safeguards?: {
              text: string;
            }[];
            kpis?: {
              name: string;
              baseline: number;
              target: number;
              unit: string;
            }[];
            implementerIds?: string[];
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/assign-resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hỗ trợ nguồn lực (ND73 Art. 10) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            resources: {
              /** @enum {string} */
              kind: 'equipment' | 'facilities' | 'people' | 'funds';
              description: string;
              /** @default null */
              quantity?: number | null;
              /** @default null */
              amount?: number | null;
            }[];
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/file-progress-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Báo cáo tiến độ (KL14, configurable) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            periodEnd: string;
            kpiActuals?: {
              kpiId: string;
              value: number;
            }[];
            spending?: {
              /** Format: date */
              date: string;
              amount: number;
              description?: string | null;
            }[];
            areas?: {
              areaId: string;
              /** Format: date */
              since: string;
            }[];
            objectives?: {
              objectiveId: string;
              /** Format: date */
              since: string;
            }[];
            narrative?: string | null;
            /** @default [] */
            attachmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-incident': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận sự cố, rủi ro — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            occurredOn: string;
            /** @enum {string} */
            severity: 'low' | 'medium' | 'high';
            description: string;
            safeguardId?: string | null;
            /** @default false */
            damage?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-inspection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận kiểm tra, giám sát — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            inspectedOn: string;
            findings: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/adjust-scope': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Điều chỉnh phạm vi (quyết định bằng văn bản) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            changes: {
              /** Format: date */
              pilotEndDate?: string;
              budgetCeiling?: number;
              addAreas?: string[];
              removeAreas?: string[];
              addObjectives?: {
                text: string;
              }[];
              removeObjectives?: string[];
              addSafeguards?: {
                text: string;
              }[];
              removeSafeguards?: string[];
              kpiTargets?: {
                [key: string]: number;
              };
            };
            /** Format: date */
            effectiveDate: string;
            reasons: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tạm dừng thực hiện — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tiếp tục thực hiện — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chấm dứt thực hiện — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/report-completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Báo cáo kết quả thực hiện (ND73 Art. 18: 05 ngày làm việc) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            actualEndDate: string;
            results: string;
            kpiActuals?: {
              kpiId: string;
              value: number;
            }[];
            spending?: {
              /** Format: date */
              date: string;
              amount: number;
              description?: string | null;
            }[];
            deviations?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/request-party-opinion-on-results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xin ý kiến cấp ủy về kết quả (ND73 Art. 4(3)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-party-opinion-on-results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận ý kiến cấp ủy về kết quả (ND73 Art. 4(3)) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            opinion: string;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/schedule-evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Triệu tập họp đánh giá kết quả (ND73 Art. 18: 07 ngày làm việc) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            meetingDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-evaluation-vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Biểu quyết đánh giá kết quả (ND73 Art. 18) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            choice: 'for' | 'against' | 'abstain';
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/close-evaluation-meeting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc biểu quyết đánh giá — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết luận đánh giá, nguyên nhân (ND73 Art. 11(4), 18) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            outcome: 'completed' | 'notCompletedNoDamage' | 'notCompletedWithDamage';
            /** @enum {string} */
            extent: 'full' | 'partly' | 'not';
            /** @default null */
            findings?: {
              followedApprovedLine: boolean;
              pureMotive: boolean;
              commonInterest: boolean;
            } | null;
            causes: {
              /** @enum {string} */
              kind: 'objective' | 'subjective';
              description: string;
              attributedTo: string;
            }[];
            conclusion?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/notify-result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thông báo kết quả đánh giá (ND73 Art. 18, configurable) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/determine-protection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xác định biện pháp bảo vệ (ND73 Art. 11) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            confirmed: boolean;
            departure?: {
              /** @enum {string} */
              protection: 'noLiability' | 'liabilityExcluded' | 'considerExclusionExemptionMitigation' | 'notProtected';
              reasons: string;
            } | null;
            /** @default false */
            abuse?: boolean;
            abuseDescription?: string | null;
            /** @enum {string} */
            documentForm?: 'decision' | 'notice';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/record-encouragement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận khuyến khích (ND73 Art. 10) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';
            /** @enum {string} */
            beneficiaryKind: 'individual' | 'organisation';
            /** @default null */
            beneficiaryPersonId?: string | null;
            /** @default null */
            beneficiaryOrganisationId?: string | null;
            /** @default [] */
            personnelPurposes?: ('rating' | 'appointment' | 'reappointment' | 'planning' | 'transfer' | 'rotation')[];
            /** @default null */
            earlySalaryStepMonths?: number | null;
            decision?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc hồ sơ (read-only) — If-Match */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons?: string | null;
            documentNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/conformance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Báo cáo mức độ tuân thủ phạm vi được duyệt (scope conformance) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              report: {
                [key: string]: unknown;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đính kèm tài liệu (multipart "file"; fields documentType, action); SHA-256 ghi vào sổ cái */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              state: string;
              stateLabel: {
                vi: string;
                en: string;
              };
              procedure: string;
              proposer: {
                id: string;
                name: string;
              } | null;
              employingAgency: {
                id: string;
                name: string;
              };
              decidingAgency: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              routing: 'employing' | 'superior';
              approvalKind: ('vote' | 'override') | null;
              outcome: string | null;
              protection: string | null;
              nextDue: {
                timerId: string;
                dueOn: string;
                overdue: boolean;
              } | null;
              submittedAt: string | null;
              createdAt: string;
              updatedAt: string;
              version: number;
              terminal: boolean;
              readOnly: boolean;
              /** @enum {string} */
              track: 'ordinary' | 'wideScope';
              decidingHead: {
                id: string;
                name: string;
              } | null;
              plan: {
                [key: string]: unknown;
              };
              snapshot: {
                [key: string]: unknown;
              };
              allowedActions: {
                action: string;
                label: {
                  vi: string;
                  en: string;
                };
                to: string;
                allowed: boolean;
                reasons: {
                  code: string;
                  vi: string;
                  en: string;
                  citation: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'configurable';
                  field?: string;
                }[];
                citation: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
                inputs: {
                  name: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                documents: {
                  type: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                  required: boolean;
                }[];
                path: string;
              }[];
              currentStep: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              } | null;
              deadlines: {
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                /** @enum {string} */
                ruleStatus: 'confirmed' | 'configurable';
                /** @enum {string} */
                status: 'open' | 'stopped';
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                overdueRecordedAt: string | null;
                holderRelation: string | null;
                holders: {
                  id: string;
                  name: string;
                }[];
                escalateTo: {
                  id: string;
                  name: string;
                }[];
                armedAtIndex: number;
                stoppedAt: string | null;
              }[];
              opinions: {
                id: string;
                /** @enum {string} */
                kind: 'party' | 'partyOnResults' | 'agency';
                agencyId: string | null;
                /** @enum {string} */
                status: 'requested' | 'answered' | 'lapsed';
                dueOn: string | null;
                opinion: string | null;
                requestedAt: string;
                answeredAt: string | null;
              }[];
              meetings: {
                id: string;
                /** @enum {string} */
                kind: 'approval' | 'evaluation';
                date: string;
                members: {
                  personId: string;
                  /** @enum {string} */
                  role: 'head' | 'deputy';
                  name: string;
                }[];
                ballots: {
                  personId: string;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstain';
                  reason: string | null;
                  castAt: string;
                }[];
                closed: boolean;
                tally: {
                  [key: string]: unknown;
                } | null;
              }[];
              decisions: {
                id: string;
                kind: string;
                decidedBy: string | null;
                reasons: string | null;
                personalResponsibility: boolean;
                details: {
                  [key: string]: unknown;
                };
                eventIndex: number;
                decidedAt: string;
              }[];
              scope: {
                [key: string]: unknown;
              } | null;
              resources: {
                [key: string]: unknown;
              }[];
              progressReports: {
                [key: string]: unknown;
              }[];
              incidents: {
                [key: string]: unknown;
              }[];
              inspections: {
                [key: string]: unknown;
              }[];
              completionReport: {
                [key: string]: unknown;
              } | null;
              evaluation: {
                [key: string]: unknown;
              } | null;
              protectionDetermination: {
                [key: string]: unknown;
              } | null;
              encouragements: {
                [key: string]: unknown;
              }[];
              attachments: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                documentType: string;
                /** @enum {string} */
                source: 'upload' | 'generated';
                action: string | null;
                uploadedAt: string;
              }[];
              documents: components['schemas']['Document'][];
              people: {
                id: string;
                name: string;
              }[];
              timeline: {
                index: number;
                type: string;
                action: string | null;
                time: string;
                actor: string;
                byPersonId: string | null;
                procedureVersion: string | null;
                fromState: string | null;
                toState: string | null;
                redacted: boolean;
                document: {
                  id: string;
                  symbol: string;
                  title: string;
                  files: {
                    format: string;
                    sha256: string;
                  }[];
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải tài liệu đính kèm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description the file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Việc chờ tôi xử lý (cases where the engine allows me an action), paginated */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
                state: string;
                stateLabel: {
                  vi: string;
                  en: string;
                };
                procedure: string;
                proposer: {
                  id: string;
                  name: string;
                } | null;
                employingAgency: {
                  id: string;
                  name: string;
                };
                decidingAgency: {
                  id: string;
                  name: string;
                } | null;
                /** @enum {string} */
                routing: 'employing' | 'superior';
                approvalKind: ('vote' | 'override') | null;
                outcome: string | null;
                protection: string | null;
                nextDue: {
                  timerId: string;
                  dueOn: string;
                  overdue: boolean;
                } | null;
                submittedAt: string | null;
                createdAt: string;
                updatedAt: string;
                version: number;
                actions: {
                  action: string;
                  label: {
                    vi: string;
                    en: string;
                  };
                }[];
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hạn của tôi (steps I hold; overdue steps escalated to me) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                proposalId: string;
                code: string;
                title: string;
                timerId: string;
                label: {
                  vi: string;
                  en: string;
                };
                citation: string;
                dueOn: string;
                dueAt: string;
                overdue: boolean;
                /** @enum {string} */
                as: 'holder' | 'escalation';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quy trình: hồ sơ mẫu và phương án địa phương */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                version: number;
                title: {
                  vi: string;
                  en: string;
                };
                derivedFrom: {
                  id: string;
                  version: number;
                } | null;
                organisationId: string | null;
                builtIn: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/procedures/{id}/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Định nghĩa quy trình (procedure as data) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              version: number;
              definition: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/procedures/variants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Áp dụng phương án địa phương của quy trình (legal basis recorded) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            baseId: string;
            baseVersion: number;
            id: string;
            version: number;
            /** Format: uuid */
            organisationId: string;
            parameterOverrides: {
              [key: string]: number | string | boolean | null;
            };
            legalBasis: {
              citation: string;
              title: {
                vi: string;
                en: string;
              };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              version: number;
              definition: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tính thời hạn theo ngày làm việc (a time limit on the calendar in force) */
    get: {
      parameters: {
        query: {
          from: string;
          workingDays?: number;
          calendarDays?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              triggeredOn: string;
              lastDay: string;
              endsAt: string;
              extendedFrom: string | null;
              legalBasis: string;
              countedDays: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ngày nghỉ, ngày làm bù của một năm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              /** @enum {string} */
              source: 'official' | 'computed';
              overridden: boolean;
              daysOff: {
                date: string;
                kind: string;
                holiday: string | null;
                name: {
                  vi: string;
                  en: string;
                };
                legalBasis: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
              }[];
              makeUpWorkdays: {
                date: string;
                name: {
                  vi: string;
                  en: string;
                };
                legalBasis: string;
              }[];
              sources: string[];
              overridesVersion: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{year}/overrides': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Điều chỉnh lịch năm (system administrator; If-Match on the overrides version) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            extraDaysOff?: {
              /** Format: date */
              date: string;
              name: {
                vi: string;
                en: string;
              };
              legalBasis: string;
            }[];
            makeUpWorkdays?: {
              /** Format: date */
              date: string;
              name: {
                vi: string;
                en: string;
              };
              legalBasis: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              /** @enum {string} */
              source: 'official' | 'computed';
              overridden: boolean;
              daysOff: {
                date: string;
                kind: string;
                holiday: string | null;
                name: {
                  vi: string;
                  en: string;
                };
                legalBasis: string;
                /** @enum {string} */
                status: 'confirmed' | 'configurable';
              }[];
              makeUpWorkdays: {
                date: string;
                name: {
                  vi: string;
                  en: string;
                };
                legalBasis: string;
              }[];
              sources: string[];
              overridesVersion: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông báo của tôi */
    get: {
      parameters: {
        query?: {
          unread?: 'true' | 'false';
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                proposalId: string | null;
                /** @enum {string} */
                kind:
                  | 'proposal.received'
                  | 'party_opinion.requested'
                  | 'consultation.requested'
                  | 'meeting.scheduled'
                  | 'decision.approved'
                  | 'decision.rejected'
                  | 'decision.returned'
                  | 'decision.escalated'
                  | 'decision.override'
                  | 'decision.scope'
                  | 'decision.adjusted'
                  | 'decision.suspend'
                  | 'decision.resume'
                  | 'decision.terminate'
                  | 'completion.reported'
                  | 'evaluation.recorded'
                  | 'evaluation.notified'
                  | 'protection.determined'
                  | 'encouragement.recorded'
                  | 'incident.recorded'
                  | 'deadline.reminder'
                  | 'deadline.overdue'
                  | 'deadline.escalated';
                subject: string;
                body: string;
                createdAt: string;
                readAt: string | null;
                emailedAt: string | null;
              }[];
              total: number;
              unread: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh dấu tất cả đã đọc */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              marked: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh dấu đã đọc */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}/encouragements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Khuyến khích theo Điều 10 trên hồ sơ cán bộ (for the personnel office) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                proposalId: string;
                proposalCode: string;
                proposalTitle: string;
                kind: string;
                personnelPurposes: string[];
                earlySalaryStepMonths: number | null;
                decision: string | null;
                recordedAt: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các loại văn bản hệ thống soạn được (document templates) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              id:
                | 'proposal_plan'
                | 'party_opinion_request'
                | 'meeting_minutes'
                | 'proposal_decision'
                | 'completion_report'
                | 'evaluation_conclusion'
                | 'protection_determination'
                | 'periodic_review';
              label: {
                vi: string;
                en: string;
              };
            }[];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách văn bản được xem (documents of a case, an agency, a year) */
    get: {
      parameters: {
        query?: {
          subjectType?: string;
          subjectId?: string;
          organisationId?: string;
          kind?: 'decision' | 'conclusion' | 'minutes' | 'report' | 'notice' | 'letter' | 'submission' | 'plan';
          year?: number;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Document'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Ban hành văn bản: cấp số, tạo DOCX và PDF, ghi mã băm vào sổ cái (issue a document)
     * @description Numbers the document in its series (agency × type × year, gap-free), renders DOCX and PDF per Decree 30/2020, stores both and records `document.issued` with their SHA-256 in the ledger.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'proposal_plan';
                data: components['schemas']['ProposalPlanDataInput'];
              }
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'party_opinion_request';
                data: components['schemas']['PartyOpinionRequestDataInput'];
              }
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'meeting_minutes';
                data: components['schemas']['MeetingMinutesDataInput'];
              }
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'proposal_decision';
                data: components['schemas']['ProposalDecisionDataInput'];
              }
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'completion_report';
                data: components['schemas']['CompletionReportDataInput'];
              }
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'evaluation_conclusion';
                data: components['schemas']['EvaluationConclusionDataInput'];
              }
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'protection_determination';
                data: components['schemas']['ProtectionDeterminationDataInput'];
              }
            | {
                /** Format: uuid */
                organisationId: string;
                subject?: {
                  type: string;
                  id: string;
                } | null;
                place?: string | null;
                /** @enum {string} */
                template: 'periodic_review';
                data: components['schemas']['PeriodicReviewDataInput'];
              };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Document'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một văn bản và các tệp của nó (a document with its files) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Document'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tải tệp văn bản (download a file: DOCX, PDF or signed copy)
     * @description The bytes are checked against the SHA-256 sealed in the ledger before they are sent; `Repr-Digest` carries that hash.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          fileId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file (DOCX, PDF or image) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/signed-copies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tải lên bản đã ký, đóng dấu (upload a signed scan or a digitally signed PDF)
     * @description multipart/form-data with one field "file" (PDF, JPEG, PNG or TIFF; the type is read from the bytes). `signedOriginal=false` stores it without marking it as the signed original.
     */
    post: {
      parameters: {
        query?: {
          signedOriginal?: 'true' | 'false';
          note?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Document'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Số liệu thống kê theo cơ quan và kỳ (§8 figures of an agency subtree by month/quarter/half-year/year)
     * @description Flows (received, approved by vote / by override, rejected, completed, partly, not completed, with damage, protection outcomes, encouragements, overdue steps) are summed within [from, to]; `awaitingDecision` and `inProgress` are stocks at the end of each period. `from`/`to` take a date or a period key (2026, 2026-H1, 2026-Q2, 2026-03).
     */
    get: {
      parameters: {
        query?: {
          organisationId?: string;
          period?: 'month' | 'quarter' | 'half' | 'year';
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Statistics'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất số liệu thống kê CSV/XLSX (statistics export) */
    get: {
      parameters: {
        query?: {
          organisationId?: string;
          period?: 'month' | 'quarter' | 'half' | 'year';
          from?: string;
          to?: string;
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file (CSV, XLSX, DOCX or PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open-data/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dữ liệu mở: số liệu tổng hợp, không có dữ liệu cá nhân (open data, no login)
     * @description The same figures as /statistics, for anyone and without logging in. No personal data; outcome and protection cells whose total is below 3 are null (small-cell suppression) and listed in `suppressed`. Licence CC BY 4.0.
     */
    get: {
      parameters: {
        query?: {
          organisationId?: string;
          period?: 'month' | 'quarter' | 'half' | 'year';
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OpenStatistics'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Báo cáo sơ kết/tổng kết (dự thảo) DOCX/PDF/XLSX (periodic review report, draft)
     * @description The interim (2026-H1) or annual (2026) review of an agency and its subtree with the figures as of `asOf`. DOCX/PDF: the Decree 30 "Báo cáo" without a number (a draft); XLSX: one sheet per table.
     */
    get: {
      parameters: {
        query: {
          organisationId: string;
          period: string;
          asOf?: string;
          format?: 'docx' | 'pdf' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file (CSV, XLSX, DOCX or PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Ban hành báo cáo sơ kết/tổng kết: cấp số, DOCX/PDF, mã băm vào sổ cái (issue the review report) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            organisationId: string;
            period: string;
            /** Format: date */
            asOf?: string;
            situation?: string | null;
            achievements?: string | null;
            shortcomings?: string | null;
            directions?: string | null;
            recommendations?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Document'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/encouragements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sổ theo dõi khuyến khích, khen thưởng theo Điều 10 ND73 (encouragement register of the cases in scope)
     * @description Every encouragement recorded on a case the caller may see (the proposals list visibility), filtered by kind, beneficiary unit subtree (`under`), person and recording day (Vietnam time), paginated, sorted by recording time or with the Vietnamese collation by beneficiary or proposal title. `byKind` counts each kind under the same filters except `kind`.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          offset?: number;
          kind?: 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';
          under?: string;
          personId?: string;
          from?: string;
          to?: string;
          sort?: 'recorded' | 'beneficiary' | 'proposal';
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EncouragementPage'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/encouragements/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất sổ theo dõi khuyến khích, khen thưởng CSV/XLSX (encouragement register export)
     * @description The register with the same filters and visibility as /encouragements, every row (up to 100,000), Vietnamese headers, by default in Vietnamese order of the beneficiary. CSV is UTF-8 with a byte-order mark.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          kind?: 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';
          under?: string;
          personId?: string;
          from?: string;
          to?: string;
          order?: 'asc' | 'desc';
          format?: 'csv' | 'xlsx';
          sort?: 'recorded' | 'beneficiary' | 'proposal';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file (CSV, XLSX, DOCX or PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất danh sách cơ quan, đơn vị
     * @description The list with the same filters and visibility as the list endpoint, every row (up to 100,000), Vietnamese headers, sorted with the Vietnamese collation. `format=csv` is UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          parentId?: string;
          under?: string;
          kind?:
            | 'ministry'
            | 'ministry_department'
            | 'provincial_peoples_committee'
            | 'provincial_department'
            | 'commune_peoples_committee'
            | 'public_service_unit'
            | 'state_enterprise'
            | 'party_committee'
            | 'other';
          roots?: 'true' | 'false';
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV (UTF-8 with BOM) or XLSX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất danh sách cán bộ
     * @description The list with the same filters and visibility as the list endpoint, every row (up to 100,000), Vietnamese headers, sorted with the Vietnamese collation. `format=csv` is UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          organisationId?: string;
          under?: string;
          nd73Category?: 'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'not_eligible';
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV (UTF-8 with BOM) or XLSX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất danh sách tài khoản
     * @description The list with the same filters and visibility as the list endpoint, every row (up to 100,000), Vietnamese headers, sorted with the Vietnamese collation. `format=csv` is UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV (UTF-8 with BOM) or XLSX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất danh sách đề xuất
     * @description The list with the same filters and visibility as the list endpoint, every row (up to 100,000), Vietnamese headers, sorted with the Vietnamese collation. `format=csv` is UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          state?: string;
          agencyId?: string;
          proposerId?: string;
          approvalKind?: 'vote' | 'override';
          overdue?: 'true' | 'false';
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV (UTF-8 with BOM) or XLSX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất danh sách văn bản (sổ văn bản)
     * @description The list with the same filters and visibility as the list endpoint, every row (up to 100,000), Vietnamese headers, sorted with the Vietnamese collation. `format=csv` is UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly.
     */
    get: {
      parameters: {
        query?: {
          subjectType?: string;
          subjectId?: string;
          organisationId?: string;
          kind?: 'decision' | 'conclusion' | 'minutes' | 'report' | 'notice' | 'letter' | 'submission' | 'plan';
          year?: number;
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV (UTF-8 with BOM) or XLSX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/evidence/decree-172': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hồ sơ đánh giá làm chứng cứ miễn kỷ luật theo NĐ 172/2025 (JSON, with ledger indices)
     * @description Outcome, the three findings, the causes, the evaluation votes, the scope-conformance report and the ND73 Art. 11 protection determination, each item with the index of the ledger event it comes from. The proposer, the deciding head, inspectors in scope and system administrators; others 404. 422 `evidence.protection_not_determined` before the determination.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Decree172Evidence'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/evidence/decree-172/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bản trích xuất hồ sơ làm chứng cứ theo NĐ 172/2025 (PDF or DOCX, Decree 30 layout, not numbered)
     * @description The same record as a document. `X-Content-SHA256` carries the hash of the bytes sent.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          format: 'pdf' | 'docx';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The PDF or DOCX file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tải hồ sơ bảo vệ (download the protection dossier: ZIP with events, proofs, signed checkpoint, documents)
     * @description For the proposer, the deciding head, inspectors and officers in scope, and system administrators; anyone else gets 404. The ZIP verifies offline with `khien dossier verify` or the /verify page (layout: docs/dossier-format.md).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/zip */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ProblemInput: {
      type: string;
      title: string;
      status: number;
      code: string;
      detail: string;
      messages: {
        vi: string;
        en: string;
      };
      requestId: string;
      errors?: {
        path: string;
        message: string;
      }[];
      details?: {
        [key: string]: unknown;
      };
    };
    DocumentFileInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      role: 'generated' | 'signed_copy';
      /** @enum {string} */
      format: 'docx' | 'pdf' | 'image';
      contentType: string;
      fileName: string;
      sha256: string;
      size: number;
      isSignedOriginal: boolean;
      note: string | null;
      ledgerIndex: number;
      uploadedBy: string;
      createdAt: string;
      downloadUrl: string;
    };
    DocumentInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      template: string;
      kind: string;
      typeCode: string;
      year: number;
      number: number;
      symbol: string;
      numberLine: string;
      issuedOn: string;
      title: string;
      summary: string;
      subject: {
        type: string;
        id: string;
      } | null;
      ledgerIndex: number;
      issuedBy: string;
      createdAt: string;
      files: components['schemas']['DocumentFileInput'][];
      signedOriginalFileId: string | null;
    };
    CompletionReportDataInput: {
      proposalTitle: string;
      addressee: string;
      approvalReference: string;
      implementers: string;
      /** Format: date */
      startedOn: string;
      /** Format: date */
      finishedOn: string;
      results: string;
      indicators?: {
        indicator: string;
        target: string;
        achieved: string;
      }[];
      resourcesUsed?: string;
      difficulties?: string;
      /** @enum {string} */
      selfAssessment: 'completed' | 'partly_completed' | 'not_completed';
      damage: {
        occurred: boolean;
        description?: string | null;
      };
      recommendations?: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    EvaluationConclusionDataInput: {
      proposalTitle: string;
      proposerName: string;
      proposerPosition?: string | null;
      minutesReference: string;
      partyOpinionReference?: string | null;
      /** @enum {string} */
      outcome: 'completed' | 'partly_completed' | 'not_completed';
      damage: {
        occurred: boolean;
        description?: string | null;
      };
      findings?: {
        followedApprovedLine: {
          value: boolean;
          note?: string | null;
        };
        pureMotive: {
          value: boolean;
          note?: string | null;
        };
        commonInterest: {
          value: boolean;
          note?: string | null;
        };
      };
      causes?: {
        /** @enum {string} */
        kind: 'objective' | 'subjective';
        description: string;
        attribution?: string | null;
      }[];
      assessment: string;
      recommendations?: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    MeetingMinutesDataInput: {
      /** @enum {string} */
      purpose: 'approval' | 'evaluation';
      agencyName: string;
      proposalTitle: string;
      proposerName: string;
      startsAt?: string;
      /** Format: date */
      meetingDate?: string;
      endsAt: string;
      location?: string | null;
      chair: {
        name: string;
        position?: string | null;
      };
      secretary?: {
        name: string;
        position?: string | null;
      };
      attendees: {
        name: string;
        position?: string | null;
      }[];
      absentees?: {
        name: string;
        position?: string | null;
        reason?: string | null;
      }[];
      recusals?: {
        name: string;
        position?: string | null;
        reason: string;
      }[];
      discussion?: string;
      votes: {
        name: string;
        position?: string | null;
        /** @enum {string} */
        vote: 'for' | 'against' | 'abstain' | 'absent';
      }[];
      outcome: {
        passed: boolean;
        note?: string | null;
      };
      conclusion?: string;
      secretarySignature?: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      chairSignature?: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      recipients?: string[];
      concernedPersonIds?: string[];
    };
    PartyOpinionRequestDataInput: {
      /** @enum {string} */
      stage: 'approval' | 'evaluation';
      agencyName: string;
      partyCommitteeName: string;
      proposalTitle: string;
      proposerName: string;
      proposerPosition?: string | null;
      summaryOfProposal: string;
      replyBy?: string | null;
      attachments?: string[];
      draftingUnit?: string | null;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    PeriodicReviewDataInput: {
      /** @enum {string} */
      reviewKind: 'interim' | 'annual' | 'final';
      periodLabel: string;
      agencyName: string;
      /** Format: date */
      asOf: string;
      figures: {
        organisation: string;
        received: number;
        approvedByVote: number;
        approvedByOverride: number;
        rejected: number;
        inProgress: number;
        completed: number;
        partlyCompleted: number;
        notCompleted: number;
        withDamage: number;
        /** @default 0 */
        protected: number;
        /** @default 0 */
        encouraged: number;
      }[];
      situation: string;
      achievements: string;
      shortcomings: string;
      directions: string;
      recommendations?: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    ProposalDecisionDataInput: {
      /** @enum {string} */
      variant: 'approval' | 'override' | 'rejection' | 'adjustment' | 'suspension' | 'resumption' | 'termination';
      authority: string;
      proposalTitle: string;
      proposerName: string;
      proposerPosition?: string | null;
      planReference?: string | null;
      considering?: string[];
      scope?: string;
      /** Format: date */
      startsOn?: string;
      /** Format: date */
      endsOn?: string;
      resources?: string;
      vote?: {
        inFavour: number;
        eligible: number;
        minutesReference?: string | null;
      };
      reasons?: string;
      changes?: {
        item: string;
        approved: string;
        adjusted: string;
      }[];
      /** Format: date */
      effectiveFrom?: string;
      executors: string[];
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    ProposalPlanDataInput: {
      proposalTitle: string;
      proposerName: string;
      proposerPosition?: string | null;
      necessity: string;
      bottleneck: string;
      legalGap: string;
      purpose: string;
      contents: string;
      tasks?: {
        task: string;
        lead: string;
        deadline?: string | null;
      }[];
      solutions: string;
      scope: string;
      implementers: string;
      /** Format: date */
      startsOn?: string;
      /** Format: date */
      endsOn?: string;
      duration?: string | null;
      resources: string;
      feasibility: string;
      positiveImpacts: string;
      negativeImpacts: string;
      expectedEffectiveness: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    ProtectionDeterminationDataInput: {
      /** @enum {string} */
      form: 'decision' | 'notice';
      authority?: string | null;
      proposalTitle: string;
      personName: string;
      personPosition?: string | null;
      /** @enum {string} */
      outcome: 'no_liability' | 'liability_excluded' | 'relief_considered' | 'no_protection';
      evaluationReference: string;
      grounds: string;
      executors?: string[];
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    EncouragementInput: {
      id: string;
      /** @enum {string} */
      kind: 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';
      kindLabel: {
        vi: string;
        en: string;
      };
      /** @enum {string} */
      beneficiaryKind: 'individual' | 'organisation';
      beneficiary: {
        id: string;
        name: string;
      };
      unit: {
        id: string;
        name: string;
      } | null;
      proposalId: string;
      proposalCode: string;
      proposalTitle: string;
      employingAgency: {
        id: string;
        name: string;
      };
      personnelPurposes: ('rating' | 'appointment' | 'reappointment' | 'planning' | 'transfer' | 'rotation')[];
      earlySalaryStepMonths: number | null;
      decision: string | null;
      recordedAt: string;
    };
    EncouragementPageInput: {
      items: components['schemas']['EncouragementInput'][];
      total: number;
      limit: number;
      offset: number;
      byKind: {
        /** @enum {string} */
        kind: 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';
        label: {
          vi: string;
          en: string;
        };
        count: number;
      }[];
    };
    StatisticsFiguresInput: {
      received: number;
      approvedByVote: number;
      approvedByOverride: number;
      rejected: number;
      returnedForRevision: number;
      suspended: number;
      terminated: number;
      completionReported: number;
      completed: number;
      partlyCompleted: number;
      notCompleted: number;
      withDamage: number;
      protectionNoLiability: number;
      protectionLiabilityExcluded: number;
      protectionReliefConsidered: number;
      protectionNotProtected: number;
      abuse: number;
      encouragements: number;
      overdueSteps: number;
      awaitingDecision: number;
      inProgress: number;
    };
    StatisticsInput: {
      organisation: {
        id: string;
        code: string;
        name: string;
      } | null;
      /** @enum {string} */
      granularity: 'month' | 'quarter' | 'half' | 'year';
      from: string;
      to: string;
      totals: components['schemas']['StatisticsFiguresInput'];
      periods: {
        key: string;
        label: string;
        from: string;
        to: string;
        figures: components['schemas']['StatisticsFiguresInput'];
      }[];
      breakdown: {
        organisation: {
          id: string;
          code: string;
          name: string;
        };
        own: boolean;
        figures: components['schemas']['StatisticsFiguresInput'];
      }[];
    };
    OpenStatisticsFiguresInput: {
      received: number | null;
      approvedByVote: number | null;
      approvedByOverride: number | null;
      rejected: number | null;
      returnedForRevision: number | null;
      awaitingDecision: number | null;
      inProgress: number | null;
      suspended: number | null;
      terminated: number | null;
      completionReported: number | null;
      completed: number | null;
      partlyCompleted: number | null;
      notCompleted: number | null;
      withDamage: number | null;
      protectionNoLiability: number | null;
      protectionLiabilityExcluded: number | null;
      protectionReliefConsidered: number | null;
      protectionNotProtected: number | null;
      abuse: number | null;
      encouragements: number | null;
      overdueSteps: number | null;
      suppressed: string[];
    };
    OpenStatisticsInput: {
      licence: string;
      note: string;
      generatedAt: string;
      organisation: {
        id: string;
        code: string;
        name: string;
      } | null;
      /** @enum {string} */
      granularity: 'month' | 'quarter' | 'half' | 'year';
      from: string;
      to: string;
      totals: components['schemas']['OpenStatisticsFiguresInput'];
      periods: {
        key: string;
        label: string;
        from: string;
        to: string;
        figures: components['schemas']['OpenStatisticsFiguresInput'];
      }[];
      breakdown: {
        organisation: {
          id: string;
          code: string;
          name: string;
        };
        own: boolean;
        figures: components['schemas']['OpenStatisticsFiguresInput'];
      }[];
    };
    Decree172EvidenceDataInput: {
      proposalCode: string;
      proposalTitle: string;
      proposerName: string;
      proposerPosition?: string | null;
      agencyName: string;
      procedure: string;
      /** Format: date */
      exportedOn: string;
      ledgerSize: number;
      /** @enum {string} */
      outcome: 'completed' | 'notCompletedNoDamage' | 'notCompletedWithDamage';
      /** @enum {string} */
      extent: 'full' | 'partly' | 'not';
      findings: {
        followedApprovedLine: boolean;
        pureMotive: boolean;
        commonInterest: boolean;
      } | null;
      conclusion?: string | null;
      /** Format: date */
      evaluatedOn: string;
      evaluationLedgerIndex: number | null;
      causes: {
        /** @enum {string} */
        kind: 'objective' | 'subjective';
        description: string;
        attributedTo: string;
        ledgerIndex: number | null;
      }[];
      meeting: {
        /** Format: date */
        date: string;
        members: {
          name: string;
          /** @enum {string} */
          role: 'head' | 'deputy';
          recused: boolean;
          choice: ('for' | 'against' | 'abstain') | null;
          ledgerIndex: number | null;
        }[];
        tally?: string | null;
        tallyCitation?: string | null;
        closedLedgerIndex: number | null;
      } | null;
      conformance: {
        withinApprovedScope: boolean;
        citation: string;
        scopeApprovedLedgerIndex: number | null;
        deviations: {
          text: string;
          /** Format: date */
          since: string;
          covered: boolean;
          coveredBy: string[];
          citation: string;
        }[];
      } | null;
      protection: {
        /** @enum {string} */
        derived: 'noLiability' | 'liabilityExcluded' | 'considerExclusionExemptionMitigation' | 'notProtected';
        /** @enum {string} */
        protection: 'noLiability' | 'liabilityExcluded' | 'considerExclusionExemptionMitigation' | 'notProtected';
        reasons: {
          text: string;
          citation: string;
        }[];
        confirmed: boolean;
        departureReasons?: string | null;
        abuse: boolean;
        determinedBy?: string | null;
        /** Format: date */
        determinedOn: string;
        ledgerIndex: number | null;
      };
      decree172: {
        citation: string;
        text: string;
        objectiveCauseRecorded: boolean;
      } | null;
    };
    Decree172EvidenceInput: {
      proposal: {
        id: string;
        code: string;
        title: string;
        procedure: string;
        proposer: {
          id: string;
          name: string;
        } | null;
        employingAgency: {
          id: string;
          name: string;
        };
        decidingAgency: {
          id: string;
          name: string;
        } | null;
      };
      evaluation: {
        /** @enum {string} */
        outcome: 'completed' | 'notCompletedNoDamage' | 'notCompletedWithDamage';
        /** @enum {string} */
        extent: 'full' | 'partly' | 'not';
        findings: {
          followedApprovedLine: boolean;
          pureMotive: boolean;
          commonInterest: boolean;
        } | null;
        conclusion: string | null;
        evaluatedBy: {
          id: string;
          name: string;
        } | null;
        evaluatedAt: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
      };
      causes: {
        /** @enum {string} */
        kind: 'objective' | 'subjective';
        description: string;
        attributedTo: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
      }[];
      evaluationMeeting: {
        id: string;
        date: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        scheduledLedgerIndex: number | null;
        members: {
          personId: string;
          name: string;
          /** @enum {string} */
          role: 'head' | 'deputy';
          recused: boolean;
          choice: ('for' | 'against' | 'abstain') | null;
          reason: string | null;
          castAt: string | null;
          /** @description Index of the ledger event the item comes from (null if redacted) */
          ledgerIndex: number | null;
        }[];
        tally: {
          [key: string]: unknown;
        } | null;
        tallySource: ('sealed' | 'computed') | null;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        closedLedgerIndex: number | null;
      } | null;
      conformance: {
        withinApprovedScope: boolean;
        citation: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        scopeApprovedLedgerIndex: number | null;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
        deviations: {
          kind: string;
          subject: string;
          approved: string | number | null;
          actual: string | number;
          since: string;
          text: {
            vi: string;
            en: string;
          };
          citation: string;
          covered: boolean;
          coveredBy: {
            decisionId: string;
            /** @description Index of the ledger event the item comes from (null if redacted) */
            ledgerIndex: number | null;
            reasons: string | null;
            decidedAt: string | null;
          }[];
          retroactiveDecisions: {
            decisionId: string;
            /** @description Index of the ledger event the item comes from (null if redacted) */
            ledgerIndex: number | null;
            reasons: string | null;
            decidedAt: string | null;
          }[];
        }[];
      } | null;
      protection: {
        derived: string;
        derivedReasons: {
          code: string;
          vi: string;
          en: string;
          citation: string;
          /** @enum {string} */
          status: 'confirmed' | 'configurable';
        }[];
        confirmed: boolean;
        protection: string;
        departureReasons: string | null;
        abuse: boolean;
        determinedBy: {
          id: string;
          name: string;
        } | null;
        determinedAt: string;
        citations: string[];
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
      };
      /** @description Present when the rule gives "exclusion, exemption or mitigation to be considered" */
      decree172: {
        citation: string;
        objectiveCauseRecorded: boolean;
        text: {
          vi: string;
          en: string;
        };
      } | null;
      ledger: {
        size: number;
        exportedAt: string;
      };
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      code: string;
      detail: string;
      messages: {
        vi: string;
        en: string;
      };
      requestId: string;
      errors?: {
        path: string;
        message: string;
      }[];
      details?: {
        [key: string]: unknown;
      };
    };
    DocumentFile: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      role: 'generated' | 'signed_copy';
      /** @enum {string} */
      format: 'docx' | 'pdf' | 'image';
      contentType: string;
      fileName: string;
      sha256: string;
      size: number;
      isSignedOriginal: boolean;
      note: string | null;
      ledgerIndex: number;
      uploadedBy: string;
      createdAt: string;
      downloadUrl: string;
    };
    Document: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      template: string;
      kind: string;
      typeCode: string;
      year: number;
      number: number;
      symbol: string;
      numberLine: string;
      issuedOn: string;
      title: string;
      summary: string;
      subject: {
        type: string;
        id: string;
      } | null;
      ledgerIndex: number;
      issuedBy: string;
      createdAt: string;
      files: components['schemas']['DocumentFile'][];
      signedOriginalFileId: string | null;
    };
    CompletionReportData: {
      proposalTitle: string;
      addressee: string;
      approvalReference: string;
      implementers: string;
      /** Format: date */
      startedOn: string;
      /** Format: date */
      finishedOn: string;
      results: string;
      /** @default [] */
      indicators: {
        indicator: string;
        target: string;
        achieved: string;
      }[];
      resourcesUsed?: string;
      difficulties?: string;
      /** @enum {string} */
      selfAssessment: 'completed' | 'partly_completed' | 'not_completed';
      damage: {
        occurred: boolean;
        description: unknown;
      };
      recommendations?: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    EvaluationConclusionData: {
      proposalTitle: string;
      proposerName: string;
      proposerPosition: unknown;
      minutesReference: string;
      partyOpinionReference: unknown;
      /** @enum {string} */
      outcome: 'completed' | 'partly_completed' | 'not_completed';
      damage: {
        occurred: boolean;
        description: unknown;
      };
      findings?: {
        followedApprovedLine: {
          value: boolean;
          note: unknown;
        };
        pureMotive: {
          value: boolean;
          note: unknown;
        };
        commonInterest: {
          value: boolean;
          note: unknown;
        };
      };
      /** @default [] */
      causes: {
        /** @enum {string} */
        kind: 'objective' | 'subjective';
        description: string;
        attribution: unknown;
      }[];
      assessment: string;
      recommendations?: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    MeetingMinutesData: {
      /** @enum {string} */
      purpose: 'approval' | 'evaluation';
      agencyName: string;
      proposalTitle: string;
      proposerName: string;
      startsAt?: string;
      /** Format: date */
      meetingDate?: string;
      endsAt: string;
      location: unknown;
      chair: {
        name: string;
        position: unknown;
      };
      secretary?: {
        name: string;
        position: unknown;
      };
      attendees: {
        name: string;
        position: unknown;
      }[];
      /** @default [] */
      absentees: {
        name: string;
        position: unknown;
        reason: unknown;
      }[];
      /** @default [] */
      recusals: {
        name: string;
        position: unknown;
        reason: string;
      }[];
      discussion?: string;
      votes: {
        name: string;
        position: unknown;
        /** @enum {string} */
        vote: 'for' | 'against' | 'abstain' | 'absent';
      }[];
      outcome: {
        passed: boolean;
        note: unknown;
      };
      conclusion?: string;
      secretarySignature?: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      chairSignature?: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      recipients?: string[];
      concernedPersonIds?: string[];
    };
    PartyOpinionRequestData: {
      /** @enum {string} */
      stage: 'approval' | 'evaluation';
      agencyName: string;
      partyCommitteeName: string;
      proposalTitle: string;
      proposerName: string;
      proposerPosition: unknown;
      summaryOfProposal: string;
      replyBy?: string | null;
      /** @default [] */
      attachments: string[];
      draftingUnit: unknown;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    PeriodicReviewData: {
      /** @enum {string} */
      reviewKind: 'interim' | 'annual' | 'final';
      periodLabel: string;
      agencyName: string;
      /** Format: date */
      asOf: string;
      figures: {
        organisation: string;
        received: number;
        approvedByVote: number;
        approvedByOverride: number;
        rejected: number;
        inProgress: number;
        completed: number;
        partlyCompleted: number;
        notCompleted: number;
        withDamage: number;
        /** @default 0 */
        protected: number;
        /** @default 0 */
        encouraged: number;
      }[];
      situation: string;
      achievements: string;
      shortcomings: string;
      directions: string;
      recommendations?: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    ProposalDecisionData: {
      /** @enum {string} */
      variant: 'approval' | 'override' | 'rejection' | 'adjustment' | 'suspension' | 'resumption' | 'termination';
      authority: string;
      proposalTitle: string;
      proposerName: string;
      proposerPosition: unknown;
      planReference: unknown;
      /** @default [] */
      considering: string[];
      scope?: string;
      /** Format: date */
      startsOn?: string;
      /** Format: date */
      endsOn?: string;
      resources?: string;
      vote?: {
        inFavour: number;
        eligible: number;
        minutesReference: unknown;
      };
      reasons?: string;
      /** @default [] */
      changes: {
        item: string;
        approved: string;
        adjusted: string;
      }[];
      /** Format: date */
      effectiveFrom?: string;
      executors: string[];
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    ProposalPlanData: {
      proposalTitle: string;
      proposerName: string;
      proposerPosition: unknown;
      necessity: string;
      bottleneck: string;
      legalGap: string;
      purpose: string;
      contents: string;
      /** @default [] */
      tasks: {
        task: string;
        lead: string;
        deadline: unknown;
      }[];
      solutions: string;
      scope: string;
      implementers: string;
      /** Format: date */
      startsOn?: string;
      /** Format: date */
      endsOn?: string;
      duration: unknown;
      resources: string;
      feasibility: string;
      positiveImpacts: string;
      negativeImpacts: string;
      expectedEffectiveness: string;
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    ProtectionDeterminationData: {
      /** @enum {string} */
      form: 'decision' | 'notice';
      authority: unknown;
      proposalTitle: string;
      personName: string;
      personPosition: unknown;
      /** @enum {string} */
      outcome: 'no_liability' | 'liability_excluded' | 'relief_considered' | 'no_protection';
      evaluationReference: string;
      grounds: string;
      /** @default [] */
      executors: string[];
      legalBases?: string[];
      recipients?: string[];
      signer: {
        authority?: {
          /** @enum {string} */
          prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
          of: string;
        } | null;
        title: string;
        name: string;
      };
      concernedPersonIds?: string[];
    };
    Encouragement: {
      id: string;
      /** @enum {string} */
      kind: 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';
      kindLabel: {
        vi: string;
        en: string;
      };
      /** @enum {string} */
      beneficiaryKind: 'individual' | 'organisation';
      beneficiary: {
        id: string;
        name: string;
      };
      unit: {
        id: string;
        name: string;
      } | null;
      proposalId: string;
      proposalCode: string;
      proposalTitle: string;
      employingAgency: {
        id: string;
        name: string;
      };
      personnelPurposes: ('rating' | 'appointment' | 'reappointment' | 'planning' | 'transfer' | 'rotation')[];
      earlySalaryStepMonths: number | null;
      decision: string | null;
      recordedAt: string;
    };
    EncouragementPage: {
      items: components['schemas']['Encouragement'][];
      total: number;
      limit: number;
      offset: number;
      byKind: {
        /** @enum {string} */
        kind: 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';
        label: {
          vi: string;
          en: string;
        };
        count: number;
      }[];
    };
    StatisticsFigures: {
      received: number;
      approvedByVote: number;
      approvedByOverride: number;
      rejected: number;
      returnedForRevision: number;
      suspended: number;
      terminated: number;
      completionReported: number;
      completed: number;
      partlyCompleted: number;
      notCompleted: number;
      withDamage: number;
      protectionNoLiability: number;
      protectionLiabilityExcluded: number;
      protectionReliefConsidered: number;
      protectionNotProtected: number;
      abuse: number;
      encouragements: number;
      overdueSteps: number;
      awaitingDecision: number;
      inProgress: number;
    };
    Statistics: {
      organisation: {
        id: string;
        code: string;
        name: string;
      } | null;
      /** @enum {string} */
      granularity: 'month' | 'quarter' | 'half' | 'year';
      from: string;
      to: string;
      totals: components['schemas']['StatisticsFigures'];
      periods: {
        key: string;
        label: string;
        from: string;
        to: string;
        figures: components['schemas']['StatisticsFigures'];
      }[];
      breakdown: {
        organisation: {
          id: string;
          code: string;
          name: string;
        };
        own: boolean;
        figures: components['schemas']['StatisticsFigures'];
      }[];
    };
    OpenStatisticsFigures: {
      received: number | null;
      approvedByVote: number | null;
      approvedByOverride: number | null;
      rejected: number | null;
      returnedForRevision: number | null;
      awaitingDecision: number | null;
      inProgress: number | null;
      suspended: number | null;
      terminated: number | null;
      completionReported: number | null;
      completed: number | null;
      partlyCompleted: number | null;
      notCompleted: number | null;
      withDamage: number | null;
      protectionNoLiability: number | null;
      protectionLiabilityExcluded: number | null;
      protectionReliefConsidered: number | null;
      protectionNotProtected: number | null;
      abuse: number | null;
      encouragements: number | null;
      overdueSteps: number | null;
      suppressed: string[];
    };
    OpenStatistics: {
      licence: string;
      note: string;
      generatedAt: string;
      organisation: {
        id: string;
        code: string;
        name: string;
      } | null;
      /** @enum {string} */
      granularity: 'month' | 'quarter' | 'half' | 'year';
      from: string;
      to: string;
      totals: components['schemas']['OpenStatisticsFigures'];
      periods: {
        key: string;
        label: string;
        from: string;
        to: string;
        figures: components['schemas']['OpenStatisticsFigures'];
      }[];
      breakdown: {
        organisation: {
          id: string;
          code: string;
          name: string;
        };
        own: boolean;
        figures: components['schemas']['OpenStatisticsFigures'];
      }[];
    };
    Decree172EvidenceData: {
      proposalCode: string;
      proposalTitle: string;
      proposerName: string;
      proposerPosition: unknown;
      agencyName: string;
      procedure: string;
      /** Format: date */
      exportedOn: string;
      ledgerSize: number;
      /** @enum {string} */
      outcome: 'completed' | 'notCompletedNoDamage' | 'notCompletedWithDamage';
      /** @enum {string} */
      extent: 'full' | 'partly' | 'not';
      findings: {
        followedApprovedLine: boolean;
        pureMotive: boolean;
        commonInterest: boolean;
      } | null;
      conclusion: unknown;
      /** Format: date */
      evaluatedOn: string;
      evaluationLedgerIndex: number | null;
      causes: {
        /** @enum {string} */
        kind: 'objective' | 'subjective';
        description: string;
        attributedTo: string;
        ledgerIndex: number | null;
      }[];
      meeting: {
        /** Format: date */
        date: string;
        members: {
          name: string;
          /** @enum {string} */
          role: 'head' | 'deputy';
          recused: boolean;
          choice: ('for' | 'against' | 'abstain') | null;
          ledgerIndex: number | null;
        }[];
        tally: unknown;
        tallyCitation: unknown;
        closedLedgerIndex: number | null;
      } | null;
      conformance: {
        withinApprovedScope: boolean;
        citation: string;
        scopeApprovedLedgerIndex: number | null;
        deviations: {
          text: string;
          /** Format: date */
          since: string;
          covered: boolean;
          coveredBy: string[];
          citation: string;
        }[];
      } | null;
      protection: {
        /** @enum {string} */
        derived: 'noLiability' | 'liabilityExcluded' | 'considerExclusionExemptionMitigation' | 'notProtected';
        /** @enum {string} */
        protection: 'noLiability' | 'liabilityExcluded' | 'considerExclusionExemptionMitigation' | 'notProtected';
        reasons: {
          text: string;
          citation: string;
        }[];
        confirmed: boolean;
        departureReasons: unknown;
        abuse: boolean;
        determinedBy: unknown;
        /** Format: date */
        determinedOn: string;
        ledgerIndex: number | null;
      };
      decree172: {
        citation: string;
        text: string;
        objectiveCauseRecorded: boolean;
      } | null;
    };
    Decree172Evidence: {
      proposal: {
        id: string;
        code: string;
        title: string;
        procedure: string;
        proposer: {
          id: string;
          name: string;
        } | null;
        employingAgency: {
          id: string;
          name: string;
        };
        decidingAgency: {
          id: string;
          name: string;
        } | null;
      };
      evaluation: {
        /** @enum {string} */
        outcome: 'completed' | 'notCompletedNoDamage' | 'notCompletedWithDamage';
        /** @enum {string} */
        extent: 'full' | 'partly' | 'not';
        findings: {
          followedApprovedLine: boolean;
          pureMotive: boolean;
          commonInterest: boolean;
        } | null;
        conclusion: string | null;
        evaluatedBy: {
          id: string;
          name: string;
        } | null;
        evaluatedAt: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
      };
      causes: {
        /** @enum {string} */
        kind: 'objective' | 'subjective';
        description: string;
        attributedTo: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
      }[];
      evaluationMeeting: {
        id: string;
        date: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        scheduledLedgerIndex: number | null;
        members: {
          personId: string;
          name: string;
          /** @enum {string} */
          role: 'head' | 'deputy';
          recused: boolean;
          choice: ('for' | 'against' | 'abstain') | null;
          reason: string | null;
          castAt: string | null;
          /** @description Index of the ledger event the item comes from (null if redacted) */
          ledgerIndex: number | null;
        }[];
        tally: {
          [key: string]: unknown;
        } | null;
        tallySource: ('sealed' | 'computed') | null;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        closedLedgerIndex: number | null;
      } | null;
      conformance: {
        withinApprovedScope: boolean;
        citation: string;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        scopeApprovedLedgerIndex: number | null;
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
        deviations: {
          kind: string;
          subject: string;
          approved: string | number | null;
          actual: string | number;
          since: string;
          text: {
            vi: string;
            en: string;
          };
          citation: string;
          covered: boolean;
          coveredBy: {
            decisionId: string;
            /** @description Index of the ledger event the item comes from (null if redacted) */
            ledgerIndex: number | null;
            reasons: string | null;
            decidedAt: string | null;
          }[];
          retroactiveDecisions: {
            decisionId: string;
            /** @description Index of the ledger event the item comes from (null if redacted) */
            ledgerIndex: number | null;
            reasons: string | null;
            decidedAt: string | null;
          }[];
        }[];
      } | null;
      protection: {
        derived: string;
        derivedReasons: {
          code: string;
          vi: string;
          en: string;
          citation: string;
          /** @enum {string} */
          status: 'confirmed' | 'configurable';
        }[];
        confirmed: boolean;
        protection: string;
        departureReasons: string | null;
        abuse: boolean;
        determinedBy: {
          id: string;
          name: string;
        } | null;
        determinedAt: string;
        citations: string[];
        /** @description Index of the ledger event the item comes from (null if redacted) */
        ledgerIndex: number | null;
      };
      /** @description Present when the rule gives "exclusion, exemption or mitigation to be considered" */
      decree172: {
        citation: string;
        objectiveCauseRecorded: boolean;
        text: {
          vi: string;
          en: string;
        };
      } | null;
      ledger: {
        size: number;
        exportedAt: string;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
